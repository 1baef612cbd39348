package org.doorway.followup;

/**
 * What happened to one tool for one need: how often it was suggested, how
 * often a follow-up was scheduled about it (suggestions accepted, or a handoff
 * resolved) and sent, and the answers.
 */
public record OutcomeTally(String toolId, String needId, long suggested, long accepted, long followedUp,
        long worked, long partly, long notYet, long didntTry) {

    public long answered() {
        return worked + partly + notYet + didntTry;
    }

    /** Answers per follow-up sent, 0 to 1; 0 when none was sent. */
    public double responseRate() {
        return followedUp == 0 ? 0 : (double) answered() / followedUp;
    }
}
