package org.doorway.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorway.admin.ApiToken;
import org.doorway.admin.ApiTokenStore;
import org.doorway.admin.Role;

/**
 * API tokens by the hash of the token (V17__admin_tokens.sql); a revoked token is kept, marked, for the
 * record. The last use is noted at most once a minute, so reads do not each take SQLite's write lock.
 */
public final class JdbiApiTokens implements ApiTokenStore {
    private static final String SELECT = "SELECT id, name, role, created_at, last_used_at, revoked_at FROM admin_api_tokens ";

    private final Database database;

    public JdbiApiTokens(Database database) {
        this.database = database;
    }

    @Override
    public long save(String tokenHash, String name, Role role, Instant createdAt) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO admin_api_tokens (name, role, token_hash, created_at) VALUES (:name, :role, :hash, :at)""")
                .bind("name", name).bind("role", role.wireName()).bind("hash", tokenHash)
                .bind("at", createdAt.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public Optional<ApiToken> use(String tokenHash, Instant now) {
        return database.withHandle(handle -> {
            Optional<ApiToken> found = handle.createQuery(SELECT + "WHERE token_hash = :hash AND revoked_at IS NULL")
                    .bind("hash", tokenHash).map((rows, context) -> token(rows)).findOne();
            found.ifPresent(token -> handle.createUpdate("""
                            UPDATE admin_api_tokens SET last_used_at = :now
                            WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :minuteAgo)""")
                    .bind("now", now.toEpochMilli()).bind("minuteAgo", now.toEpochMilli() - 60_000).bind("id", token.id())
                    .execute());
            return found;
        });
    }

    @Override
    public List<ApiToken> all() {
        return database.withHandle(handle -> handle.createQuery(SELECT + "ORDER BY id DESC")
                .map((rows, context) -> token(rows)).list());
    }

    @Override
    public boolean revoke(long id, Instant at) {
        return database.withHandle(handle -> handle.createUpdate(
                        "UPDATE admin_api_tokens SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("at", at.toEpochMilli()).bind("id", id).execute()) == 1;
    }

    private static ApiToken token(ResultSet rows) throws SQLException {
        return new ApiToken(rows.getLong("id"), rows.getString("name"), Role.parse(rows.getString("role")).orElseThrow(),
                Instant.ofEpochMilli(rows.getLong("created_at")), instant(rows, "last_used_at"),
                instant(rows, "revoked_at"));
    }

    private static Optional<Instant> instant(ResultSet rows, String column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }
}
