package org.doorway.catalogue;

/** The shapes a guide comes in. */
public enum GuideFormat {
    ONE_PAGE("one-page guide"),
    VIDEO("short video"),
    DIAGRAM("diagram"),
    WEBINAR("webinar"),
    DOCUMENTATION("full documentation");

    private final String label;

    GuideFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
