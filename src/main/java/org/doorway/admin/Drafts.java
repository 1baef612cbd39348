package org.doorway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where drafts wait for review: at most one pending draft per tool, which a
 * later save replaces. Writes join the caller's transaction. Implementations
 * are thread-safe.
 */
public interface Drafts {
    /** Saves the pending draft of {@code toolId}, replacing any; returns its id. */
    long save(String toolId, JsonNode entry, Optional<String> baseVersion, String editor, Instant at);

    Optional<Draft> pending(long id);

    Optional<Draft> pendingFor(String toolId);

    /** Oldest first, at most {@code limit}. */
    List<Draft> allPending(int limit);

    /** Closes a pending draft as {@code published} or {@code rejected}; false when it was no longer pending. */
    boolean close(long id, String state, String by, Instant at, String note);
}
