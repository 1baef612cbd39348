package org.doorway.store;

import java.time.Duration;
import java.time.Instant;
import org.doorway.jobs.Leases;

/**
 * Leases as rows: a claim inserts the row, or takes it over when it expired or
 * is already ours. One statement each, so two instances cannot both win.
 */
public final class JdbiLeases implements Leases {
    private final Database database;

    public JdbiLeases(Database database) {
        this.database = database;
    }

    @Override
    public boolean claim(String name, String owner, Instant now, Duration ttl) {
        long until = now.plus(ttl).toEpochMilli();
        return database.withHandle(handle -> {
            int inserted = handle.createUpdate("""
                            INSERT INTO leases (name, owner, expires_at) VALUES (:name, :owner, :until)
                            ON CONFLICT (name) DO NOTHING""")
                    .bind("name", name).bind("owner", owner).bind("until", until)
                    .execute();
            if (inserted == 1) {
                return true;
            }
            return handle.createUpdate("""
                            UPDATE leases SET owner = :owner, expires_at = :until
                            WHERE name = :name AND (owner = :owner OR expires_at < :now)""")
                    .bind("name", name).bind("owner", owner).bind("until", until).bind("now", now.toEpochMilli())
                    .execute() == 1;
        });
    }

    @Override
    public void release(String name, String owner) {
        database.useHandle(handle -> handle.createUpdate("DELETE FROM leases WHERE name = :name AND owner = :owner")
                .bind("name", name).bind("owner", owner).execute());
    }
}
