package org.doorway.store;

import java.time.Instant;
import java.util.List;
import org.doorway.admin.AuditEntry;
import org.doorway.admin.AuditLog;
import org.doorway.admin.AuditQuery;

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

    @Override
    public List<AuditEntry> find(AuditQuery query) {
        StringBuilder where = new StringBuilder("WHERE id > :after ");
        query.from().ifPresent(at -> where.append("AND at >= :from "));
        query.to().ifPresent(at -> where.append("AND at < :to "));
        query.subject().ifPresent(subject -> where.append(query.subjectIsPrefix() ? "AND subject LIKE :subject ESCAPE '!' "
                : "AND subject = :subject "));
        return database.withHandle(handle -> {
            var select = handle.createQuery("SELECT id, at, actor, action, subject, before_json, after_json "
                            + "FROM admin_audit_log " + where + "ORDER BY id LIMIT :limit")
                    .bind("after", query.afterId()).bind("limit", query.limit());
            query.from().ifPresent(at -> select.bind("from", at.toEpochMilli()));
            query.to().ifPresent(at -> select.bind("to", at.toEpochMilli()));
            query.subjectText().ifPresent(text -> select.bind("subject", query.subjectIsPrefix()
                    ? text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%" : text));
            return select.map((row, ctx) -> new AuditEntry(row.getLong("id"), Instant.ofEpochMilli(row.getLong("at")),
                    row.getString("actor"), row.getString("action"), row.getString("subject"),
                    row.getString("before_json"), row.getString("after_json"))).list();
        });
    }
}
