package org.doorway.store;

import java.time.Instant;
import java.util.Optional;
import org.doorway.admin.AdminSession;
import org.doorway.admin.AdminUser;
import org.doorway.admin.Role;
import org.doorway.admin.SessionStore;

/** Console sessions as rows (V11__admin_console.sql), so any instance serves any signed-in browser. */
public final class JdbiAdminSessions implements SessionStore {
    private final Database database;

    public JdbiAdminSessions(Database database) {
        this.database = database;
    }

    @Override
    public void save(String tokenHash, AdminSession session, Instant createdAt) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO admin_sessions (token_hash, email, role, csrf_token, created_at, expires_at)
                        VALUES (:hash, :email, :role, :csrf, :created, :expires)""")
                .bind("hash", tokenHash).bind("email", session.user().email())
                .bind("role", session.user().role().wireName()).bind("csrf", session.csrfToken())
                .bind("created", createdAt.toEpochMilli()).bind("expires", session.expiresAt().toEpochMilli())
                .execute());
    }

    @Override
    public Optional<AdminSession> find(String tokenHash, Instant now) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT email, role, csrf_token, expires_at FROM admin_sessions
                        WHERE token_hash = :hash AND expires_at > :now""")
                .bind("hash", tokenHash).bind("now", now.toEpochMilli())
                .map((row, ctx) -> new AdminSession(
                        new AdminUser(row.getString("email"), Role.parse(row.getString("role")).orElse(Role.VIEWER)),
                        row.getString("csrf_token"), Instant.ofEpochMilli(row.getLong("expires_at"))))
                .findOne());
    }

    @Override
    public void delete(String tokenHash) {
        database.useHandle(handle -> handle.createUpdate("DELETE FROM admin_sessions WHERE token_hash = :hash")
                .bind("hash", tokenHash).execute());
    }

    @Override
    public int deleteExpired(Instant now) {
        return database.withHandle(handle -> handle.createUpdate("DELETE FROM admin_sessions WHERE expires_at <= :now")
                .bind("now", now.toEpochMilli()).execute());
    }
}
