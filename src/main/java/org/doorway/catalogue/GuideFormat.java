package org.doorway.catalogue;

/**
 * The shapes a guide comes in. The curated formats are written in the
 * catalogue; the others are made by Doorway from an entry (a printable guide
 * where the entry has no one-page guide of its own, a calendar invite for the
 * next webinar, the map of how tools fit a need) and are never accepted in a
 * catalogue file. Declaration order is the order guides are shown in.
 */
public enum GuideFormat {
    ONE_PAGE("one-page guide", true),
    PRINTABLE("printable guide (PDF)", false),
    VIDEO("short video", true),
    DIAGRAM("diagram", true),
    WEBINAR("webinar", true),
    CALENDAR("add to my calendar", false),
    DOCUMENTATION("full documentation", true),
    MAP("see how these tools fit together", false);

    private final String label;
    private final boolean curated;

    GuideFormat(String label, boolean curated) {
        this.label = label;
        this.curated = curated;
    }

    public String label() {
        return label;
    }

    /** True for formats admins write in the catalogue; false for those Doorway makes. */
    public boolean curated() {
        return curated;
    }
}
