package org.doorway.store;

import java.time.Instant;
import java.util.List;
import org.doorway.admin.AuditEntry;
import org.doorway.admin.AuditLog;

/**
 * The audit log as an append-only table (V11__admin_console.sql): this class
 * only inserts and selects. An append joins the caller's transaction.
 */
public final class JdbiAuditLog implements AuditLog {
    private final Database database;

    public JdbiAuditLog(Database database) {
        this.database = database;
    }

    @Override
    public void append(AuditEntry entry) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO admin_audit_log (at, actor, action, subject, before_json, after_json)
                        VALUES (:at, :actor, :action, :subject, :before, :after)""")
                .bind("at", entry.at().toEpochMilli()).bind("actor", entry.actor()).bind("action", entry.action())
                .bind("subject", entry.subject()).bind("before", entry.before()).bind("after", entry.after())
                .execute());
    }

    @Override
    public List<AuditEntry> recent(String subject, int limit, int offset) {
        String where = subject == null ? "" : "WHERE subject = :subject ";
        return database.withHandle(handle -> {
            var query = handle.createQuery(
                            "SELECT id, at, actor, action, subject, before_json, after_json FROM admin_audit_log "
                            + where + "ORDER BY id DESC LIMIT :limit OFFSET :offset")
                    .bind("limit", limit).bind("offset", offset);
            if (subject != null) {
                query.bind("subject", subject);
            }
            return query
                .map((row, ctx) -> new AuditEntry(row.getLong("id"), Instant.ofEpochMilli(row.getLong("at")),
                        row.getString("actor"), row.getString("action"), row.getString("subject"),
                        row.getString("before_json"), row.getString("after_json")))
                    .list();
        });
    }
}
