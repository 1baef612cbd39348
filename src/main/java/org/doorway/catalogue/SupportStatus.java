package org.doorway.catalogue;

/** How the institution stands behind a tool. Order matters: supported ranks first. */
public enum SupportStatus {
    SUPPORTED("supported"),
    PILOT("pilot"),
    NOT_SUPPORTED("not supported centrally");

    private final String label;

    SupportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
