package org.doorway.intake;

import java.time.Instant;
import org.doorway.conversation.ConversationKey;

/**
 * Every request is kept for reports: its text, the classification, each
 * choice made and the outcome.
 */
public interface Requests {

    /** Opens a request and returns its id. */
    long open(ConversationKey key, String text, Instant at);

    /** Records what the classifier made of it. */
    void classified(long requestId, String outcome, String topNeed, double confidence);

    /** Records one step: a choice, a reaction, a refinement, a handoff. */
    void event(long requestId, String kind, String detail, Instant at);

    /** A person's latest requests, newest first, for their home page. */
    java.util.List<RecentRequest> recent(String platform, String user, int limit);

    /** Sets where the request ended up (suggested, chosen, handed-off, fault, out-of-scope …). */
    void outcome(long requestId, String outcome, Instant at);
}
