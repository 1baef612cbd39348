package org.doorway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.ToolCodec;

/**
 * Puts one entry live, inside the catalogue's lock: replaces (or adds) it in
 * the stored catalogue, keeps the version, and writes the audit entry, all in
 * the caller's transaction. The first time an entry changes here, the entry
 * as it was (from the file or an import) is kept first as an
 * {@code imported} version, so it can be restored too. Thread-safe.
 */
final class Publisher {
    private final CatalogueEdits edits;
    private final Versions versions;
    private final AuditLog audit;
    private final Clock clock;

    Publisher(CatalogueEdits edits, Versions versions, AuditLog audit, Clock clock) {
        this.edits = edits;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is published: the tool, how it came about, and who wrote and approved it. */
    record Change(Tool tool, String how, Optional<Integer> from, Optional<String> editor, AdminUser approver, String action) {}

    /** {@code old} is the entry as published now (locked), empty for a new tool. */
    PublishedVersion publish(Optional<Tool> old, Change change) {
        Instant now = clock.instant();
        String id = change.tool().id();
        edits.put(change.tool());
        int last = baseline(id, old, now);
        JsonNode entry = ToolCodec.toTree(change.tool());
        PublishedVersion version = new PublishedVersion(id, last + 1, entry, change.how(), change.from(), change.editor(),
                Optional.of(change.approver().email()), now);
        versions.append(version);
        audit.append(AuditEntry.of(now, change.approver(), change.action(), id,
                old.map(tool -> ToolCodec.toTree(tool).toString()).orElse(null), entry.toString()));
        return version;
    }

    /** Keeps the live entry as a version when no version holds it yet; returns the last version's number. */
    private int baseline(String id, Optional<Tool> live, Instant now) {
        List<PublishedVersion> kept = versions.of(id);
        int last = kept.isEmpty() ? 0 : kept.get(kept.size() - 1).number();
        if (live.isEmpty()) {
            return last;
        }
        JsonNode entry = ToolCodec.toTree(live.get());
        if (!kept.isEmpty() && kept.get(kept.size() - 1).entry().equals(entry)) {
            return last;
        }
        versions.append(new PublishedVersion(id, last + 1, entry, PublishedVersion.IMPORTED, Optional.empty(),
                Optional.empty(), Optional.empty(), now));
        return last + 1;
    }
}
