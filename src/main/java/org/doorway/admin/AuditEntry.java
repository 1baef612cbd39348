package org.doorway.admin;

import java.time.Instant;

/**
 * One change: who made it, when, what kind ({@code action}, e.g.
 * {@code tool.update}), on what ({@code subject}, e.g. a tool id), and the
 * thing as JSON before and after (null when it did not exist).
 */
public record AuditEntry(long id, Instant at, String actor, String action, String subject, String before, String after) {

    /** A new entry, before the store gives it an id. */
    public static AuditEntry of(Instant at, AdminUser actor, String action, String subject, String before, String after) {
        return new AuditEntry(0, at, actor.email(), action, subject, before, after);
    }
}
