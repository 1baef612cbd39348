package org.doorway.admin;

import java.util.List;

/**
 * The append-only record of every change made in the console. Appends join
 * the caller's transaction, so a change and its entry commit together.
 * Implementations are thread-safe.
 */
public interface AuditLog {
    void append(AuditEntry entry);

    /** Newest first; {@code subject} null for every subject. */
    List<AuditEntry> recent(String subject, int limit, int offset);

    /** Entries matching {@code query}, oldest first: for exports, page by page. */
    List<AuditEntry> find(AuditQuery query);
}
