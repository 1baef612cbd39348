package org.doorway.intake;

/** Where matters that are not teaching technology go, as the institution sets them. */
public enum Route {
    IT_SERVICE_DESK("the IT service desk"),
    ESTATES("Estates"),
    HR("HR"),
    TIMETABLING("Timetabling"),
    /** The service desk's line for things that cannot wait, when no learning technologist is on duty. */
    URGENT("the IT service desk's urgent line");

    private final String who;

    Route(String who) {
        this.who = who;
    }

    /** Who it is, in a sentence: "the IT service desk". */
    public String who() {
        return who;
    }
}
