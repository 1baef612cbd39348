package org.doorway.admin;

import java.time.Instant;
import java.util.Optional;

/**
 * Which audit entries to export: from (inclusive) and to (exclusive) when
 * given, one subject (or every subject starting with a prefix, written
 * {@code technologist:*}), after entry {@code afterId}, oldest first, at most
 * {@code limit}.
 */
public record AuditQuery(Optional<Instant> from, Optional<Instant> to, Optional<String> subject, long afterId,
        int limit) {

    public boolean subjectIsPrefix() {
        return subject.filter(text -> text.endsWith("*")).isPresent();
    }

    /** The subject, or its prefix without the star. */
    public Optional<String> subjectText() {
        return subject.map(text -> text.endsWith("*") ? text.substring(0, text.length() - 1) : text);
    }

    public AuditQuery after(long id) {
        return new AuditQuery(from, to, subject, id, limit);
    }
}
