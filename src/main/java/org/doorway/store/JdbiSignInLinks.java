package org.doorway.store;

import java.time.Instant;
import java.util.Optional;
import org.doorway.admin.AdminUser;
import org.doorway.admin.Role;
import org.doorway.admin.SignInLinkStore;

/** Sign-in links as rows (V11__admin_console.sql); using one is a single conditional UPDATE. */
public final class JdbiSignInLinks implements SignInLinkStore {
    private final Database database;

    public JdbiSignInLinks(Database database) {
        this.database = database;
    }

    @Override
    public void save(String tokenHash, AdminUser user, Instant createdAt, Instant expiresAt) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO admin_sign_in_links (token_hash, email, role, created_at, expires_at)
                        VALUES (:hash, :email, :role, :created, :expires)""")
                .bind("hash", tokenHash).bind("email", user.email()).bind("role", user.role().wireName())
                .bind("created", createdAt.toEpochMilli()).bind("expires", expiresAt.toEpochMilli())
                .execute());
    }

    @Override
    public Optional<AdminUser> use(String tokenHash, Instant now) {
        return database.inTransaction(() -> database.withHandle(handle -> {
            int used = handle.createUpdate("""
                            UPDATE admin_sign_in_links SET used_at = :now
                            WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                    .bind("hash", tokenHash).bind("now", now.toEpochMilli()).execute();
            if (used != 1) {
                return Optional.<AdminUser>empty();
            }
            return handle.createQuery("SELECT email, role FROM admin_sign_in_links WHERE token_hash = :hash")
                    .bind("hash", tokenHash)
                    .map((row, ctx) -> new AdminUser(row.getString("email"),
                            Role.parse(row.getString("role")).orElse(Role.VIEWER)))
                    .findOne();
        }));
    }

    @Override
    public boolean usable(String tokenHash, Instant now) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT COUNT(*) FROM admin_sign_in_links
                        WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .bind("hash", tokenHash).bind("now", now.toEpochMilli()).mapTo(Integer.class).one() == 1);
    }
}
