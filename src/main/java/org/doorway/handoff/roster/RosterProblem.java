package org.doorway.handoff.roster;

/** One thing wrong with a roster file: where, what, and how to fix it. Warnings do not stop an import. */
public record RosterProblem(int line, String message, String fix, boolean warning) {

    static RosterProblem error(int line, String message, String fix) {
        return new RosterProblem(line, message, fix, false);
    }

    static RosterProblem warning(int line, String message, String fix) {
        return new RosterProblem(line, message, fix, true);
    }

    /** "line 7: 'Europe/Londn' is not a time zone. Fix: did you mean Europe/London?" */
    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + describe();
    }

    /** The problem without its line, for tools that print {@code file:line: } themselves. */
    public String describe() {
        return (warning ? "warning: " : "") + message + ". Fix: " + fix;
    }
}
