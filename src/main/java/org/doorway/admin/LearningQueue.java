package org.doorway.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Doorway did not understand, and what admins made of it: messages it
 * was unsure about, "none of these", rejected suggestions and needs without a
 * supported tool, newest first, leaving the queue once dealt with; and the
 * example phrasings admins added from them. Implementations are thread-safe.
 */
public interface LearningQueue {

    /** Messages not yet dealt with; {@code needsWithoutTool} are needs no supported tool serves now. */
    List<Unclear> unclear(Set<String> needsWithoutTool, int limit);

    Optional<Unclear> find(long requestId, Set<String> needsWithoutTool);

    /** Keeps {@code text} as an example phrasing of {@code needId}, for the classifier's next build. */
    void addPhrasing(String needId, String text, Long requestId, String actor, Instant at);

    /** Takes the message out of the queue ({@code action}: phrasing, new-tool, dismissed). */
    void reviewed(long requestId, String action, String actor, Instant at);
}
