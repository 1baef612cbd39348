package org.doorway.privacy;

/** The kinds of personal data Doorway keeps, each with its own retention period. */
public enum DataKind {
    /** What staff wrote: the dialogue state, each request's text, and follow-ups' text and comments. */
    CONVERSATION_TEXT("RETENTION_CONVERSATION_DAYS", 90),
    /** Resolved handoffs' problem, summary and the staff member's name. */
    HANDOFF_SUMMARIES("RETENTION_HANDOFF_DAYS", 365),
    /** The details of request and handoff events (what was clicked, who was offered). */
    EVENTS("RETENTION_EVENT_DAYS", 365),
    /** Who asked: the user ids on requests, handoffs and follow-ups; the outcomes stay as anonymous counts. */
    OUTCOMES("RETENTION_OUTCOME_DAYS", 730),
    /** The record of exports, erasures and retention runs. */
    AUDIT("RETENTION_AUDIT_DAYS", 2190),
    /** The admin console's audit log: who (an email) changed what (before and after, which may name people). */
    ADMIN_AUDIT("RETENTION_ADMIN_AUDIT_DAYS", 2190),
    /** "Remind me" requests (who, where, which webinar session), counted from the end of the session. */
    WEBINAR_REMINDERS("RETENTION_REMINDER_DAYS", 30),
    /** Events set aside for an operator after a failed turn, with what the person wrote. */
    SET_ASIDE_EVENTS("RETENTION_SET_ASIDE_DAYS", 90);

    private final String variable;
    private final int defaultDays;

    DataKind(String variable, int defaultDays) {
        this.variable = variable;
        this.defaultDays = defaultDays;
    }

    /** The environment variable that sets its period in days. */
    public String variable() {
        return variable;
    }

    public int defaultDays() {
        return defaultDays;
    }
}
