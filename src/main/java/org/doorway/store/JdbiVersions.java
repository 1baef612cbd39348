package org.doorway.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorway.admin.PublishedVersion;
import org.doorway.admin.Versions;

/** Published versions in {@code catalogue_versions} (V16__catalogue_versions.sql): only inserted and read. */
public final class JdbiVersions implements Versions {
    private static final String COLUMNS = "SELECT tool_id, number, entry_json, how, from_number, editor, approver, "
            + "published_at FROM catalogue_versions ";

    private final Database database;

    public JdbiVersions(Database database) {
        this.database = database;
    }

    @Override
    public List<PublishedVersion> of(String toolId) {
        return database.withHandle(handle -> handle.createQuery(COLUMNS + "WHERE tool_id = :tool ORDER BY number")
                .bind("tool", toolId).map((row, ctx) -> version(row)).list());
    }

    @Override
    public Optional<PublishedVersion> find(String toolId, int number) {
        return database.withHandle(handle -> handle.createQuery(COLUMNS + "WHERE tool_id = :tool AND number = :number")
                .bind("tool", toolId).bind("number", number).map((row, ctx) -> version(row)).findOne());
    }

    @Override
    public void append(PublishedVersion version) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO catalogue_versions (tool_id, number, entry_json, how, from_number, editor, approver,
                            published_at)
                        VALUES (:tool, :number, :entry, :how, :from, :editor, :approver, :at)""")
                .bind("tool", version.toolId()).bind("number", version.number()).bind("entry", version.entry().toString())
                .bind("how", version.how()).bind("from", version.from().orElse(null))
                .bind("editor", version.editor().orElse(null)).bind("approver", version.approver().orElse(null))
                .bind("at", version.at().toEpochMilli()).execute());
    }

    private static PublishedVersion version(ResultSet row) throws SQLException {
        int from = row.getInt("from_number");
        Optional<Integer> restored = row.wasNull() ? Optional.empty() : Optional.of(from);
        return new PublishedVersion(row.getString("tool_id"), row.getInt("number"), JdbiDrafts.tree(row.getString("entry_json")),
                row.getString("how"), restored, Optional.ofNullable(row.getString("editor")),
                Optional.ofNullable(row.getString("approver")), Instant.ofEpochMilli(row.getLong("published_at")));
    }
}
