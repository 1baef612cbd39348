package org.doorway.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorway.admin.Draft;
import org.doorway.admin.Drafts;

/**
 * Drafts in {@code catalogue_drafts} (V16__catalogue_versions.sql). Saving
 * closes the tool's pending draft as {@code replaced} and inserts the new
 * one; callers hold the catalogue's lock, so two saves do not interleave.
 */
public final class JdbiDrafts implements Drafts {
    private static final String COLUMNS = "SELECT id, tool_id, entry_json, base_version, editor, created_at FROM catalogue_drafts ";

    private final Database database;

    public JdbiDrafts(Database database) {
        this.database = database;
    }

    @Override
    public long save(String toolId, JsonNode entry, Optional<String> baseVersion, String editor, Instant at) {
        return database.inTransaction(() -> database.withHandle(handle -> {
            handle.createUpdate("UPDATE catalogue_drafts SET state = 'replaced', decided_by = :editor, decided_at = :at "
                            + "WHERE tool_id = :tool AND state = 'pending'")
                    .bind("editor", editor).bind("at", at.toEpochMilli()).bind("tool", toolId).execute();
            return handle.createUpdate("""
                            INSERT INTO catalogue_drafts (tool_id, entry_json, base_version, editor, created_at, state)
                            VALUES (:tool, :entry, :base, :editor, :at, 'pending')""")
                    .bind("tool", toolId).bind("entry", entry.toString()).bind("base", baseVersion.orElse(null))
                    .bind("editor", editor).bind("at", at.toEpochMilli())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        }));
    }

    @Override
    public Optional<Draft> pending(long id) {
        return database.withHandle(handle -> handle.createQuery(COLUMNS + "WHERE id = :id AND state = 'pending'")
                .bind("id", id).map((row, ctx) -> draft(row)).findOne());
    }

    @Override
    public Optional<Draft> pendingFor(String toolId) {
        return database.withHandle(handle -> handle.createQuery(COLUMNS + "WHERE tool_id = :tool AND state = 'pending'")
                .bind("tool", toolId).map((row, ctx) -> draft(row)).findFirst());
    }

    @Override
    public List<Draft> allPending(int limit) {
        return database.withHandle(handle -> handle.createQuery(COLUMNS + "WHERE state = 'pending' ORDER BY id LIMIT :limit")
                .bind("limit", limit).map((row, ctx) -> draft(row)).list());
    }

    @Override
    public boolean close(long id, String state, String by, Instant at, String note) {
        return database.withHandle(handle -> handle.createUpdate("UPDATE catalogue_drafts SET state = :state, "
                        + "decided_by = :by, decided_at = :at, note = :note WHERE id = :id AND state = 'pending'")
                .bind("state", state).bind("by", by).bind("at", at.toEpochMilli()).bind("note", note).bind("id", id)
                .execute()) == 1;
    }

    private static Draft draft(ResultSet row) throws SQLException {
        return new Draft(row.getLong("id"), row.getString("tool_id"), tree(row.getString("entry_json")),
                Optional.ofNullable(row.getString("base_version")), row.getString("editor"),
                Instant.ofEpochMilli(row.getLong("created_at")));
    }

    static JsonNode tree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("a stored catalogue entry is not JSON: " + unreadable.getMessage(), unreadable);
        }
    }
}
