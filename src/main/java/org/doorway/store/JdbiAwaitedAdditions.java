package org.doorway.store;

import java.time.Instant;
import java.util.Optional;
import org.doorway.handoff.AwaitedAdditions;

/** One wait per person; taking it is a conditional delete, so a message is added once. */
public final class JdbiAwaitedAdditions implements AwaitedAdditions {
    private final Database database;

    public JdbiAwaitedAdditions(Database database) {
        this.database = database;
    }

    @Override
    public void await(String platform, String user, long handoffId, Instant until) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO awaited_additions (platform, user_id, handoff_id, until_at)
                        VALUES (:platform, :user, :handoff, :until)
                        ON CONFLICT (platform, user_id) DO UPDATE
                        SET handoff_id = excluded.handoff_id, until_at = excluded.until_at""")
                .bind("platform", platform).bind("user", user).bind("handoff", handoffId)
                .bind("until", until.toEpochMilli())
                .execute());
    }

    @Override
    public Optional<Long> take(String platform, String user, Instant now) {
        return database.withHandle(handle -> {
            Optional<Long> waiting = handle.createQuery("""
                            SELECT handoff_id FROM awaited_additions
                            WHERE platform = :platform AND user_id = :user AND until_at > :now""")
                    .bind("platform", platform).bind("user", user).bind("now", now.toEpochMilli())
                    .mapTo(Long.class).findOne();
            if (waiting.isEmpty()) {
                return Optional.empty();
            }
            int taken = handle.createUpdate("""
                            DELETE FROM awaited_additions
                            WHERE platform = :platform AND user_id = :user AND handoff_id = :handoff""")
                    .bind("platform", platform).bind("user", user).bind("handoff", waiting.get())
                    .execute();
            return taken == 1 ? waiting : Optional.empty();
        });
    }
}
