package org.doorway.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorway.outbox.DeliveryQueue;
import org.doorway.outbox.Outbox;
import org.doorway.outbox.OutboxItem;

/**
 * The outbox as a table. Enqueueing joins the caller's unit of work. A claim
 * is one UPDATE whose WHERE re-checks that the row is unclaimed, so two
 * instances racing for a row cannot both win (PostgreSQL re-evaluates the
 * condition on the locked row; SQLite has one writer); the claimant then reads
 * back exactly what it won. Claims and outcomes are units of work of their
 * own, so on SQLite they queue for the writer like everything else instead of
 * sleeping in SQLite's busy handler. A claim over an expired claim, or after
 * a failed attempt, records since when an attempt may have reached the
 * platform unrecorded ({@link OutboxItem#unsureSince}); the SET clause reads
 * the row's values from before the update, in both databases. Portable SQL
 * for SQLite and PostgreSQL.
 */
public final class JdbiOutbox implements Outbox, DeliveryQueue {
    private static final int MAX_ERROR = 1000;

    private final Database database;
    private final Clock clock;

    public JdbiOutbox(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public long enqueue(String platform, String operation, String lane, String payloadJson) {
        long now = clock.millis();
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO outbox (platform, operation, lane, payload, status, attempts, next_attempt_at,
                                            created_at)
                        VALUES (:platform, :operation, :lane, :payload, 'pending', 0, :now, :now)""")
                .bind("platform", platform).bind("operation", operation).bind("lane", lane)
                .bind("payload", payloadJson).bind("now", now)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public List<OutboxItem> claim(String platform, String claimant, Instant now, Duration claimFor, int limit) {
        long at = now.toEpochMilli();
        // "+o.next_attempt_at" keeps the planner off the outbox_due index: walking outbox_pending in id order
        // stops after one batch, where a range on next_attempt_at would sort every due item first.
        return database.inTransaction(() -> database.withHandle(handle -> {
            handle.createUpdate("""
                            UPDATE outbox SET claimed_by = :claimant, claimed_until = :until, claimed_at = :now,
                                   unsure_since = CASE WHEN claimed_until IS NOT NULL OR attempts > 0
                                                       THEN COALESCE(unsure_since, claimed_at, created_at)
                                                       ELSE unsure_since END
                            WHERE id IN (
                                SELECT o.id FROM outbox o
                                WHERE o.platform = :platform AND o.status = 'pending' AND +o.next_attempt_at <= :now
                                  AND (o.claimed_until IS NULL OR o.claimed_until < :now)
                                  AND NOT EXISTS (SELECT 1 FROM outbox earlier
                                                  WHERE earlier.lane = o.lane AND earlier.status = 'pending'
                                                    AND earlier.id < o.id)
                                ORDER BY o.id
                                LIMIT :limit)
                            AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < :now)""")
                    .bind("claimant", claimant).bind("until", now.plus(claimFor).toEpochMilli())
                    .bind("platform", platform).bind("now", at).bind("limit", limit)
                    .execute();
            return handle.createQuery("""
                            SELECT id, platform, operation, lane, payload, attempts, created_at, unsure_since
                            FROM outbox
                            WHERE claimed_by = :claimant AND status = 'pending' ORDER BY id""")
                    .bind("claimant", claimant)
                    .map((row, context) -> new OutboxItem(row.getLong("id"), row.getString("platform"),
                            row.getString("operation"), row.getString("lane"), row.getString("payload"),
                            row.getInt("attempts"), Instant.ofEpochMilli(row.getLong("created_at")),
                            instant(row, "unsure_since")))
                    .list();
        }));
    }

    /** Not only the claimant's: an item the platform accepted is delivered, whoever holds its claim now. */
    @Override
    public void delivered(List<OutboxItem> items, String claimant, Instant now) {
        if (items.isEmpty()) {
            return;
        }
        database.run(() -> database.useHandle(handle -> handle.createUpdate("""
                        UPDATE outbox SET status = 'delivered', attempts = attempts + 1, finished_at = :now,
                               last_error = NULL, claimed_by = NULL, claimed_until = NULL
                        WHERE id IN (<ids>) AND status = 'pending'""")
                .bind("now", now.toEpochMilli())
                .bindList("ids", items.stream().map(OutboxItem::id).toList())
                .execute()));
    }

    @Override
    public void retryAt(OutboxItem item, String claimant, int attempts, Instant nextAttempt, String reason) {
        settle(item, claimant, "pending", attempts, nextAttempt.toEpochMilli(), null, reason);
    }

    @Override
    public void failed(OutboxItem item, String claimant, int attempts, Instant now, String reason) {
        settle(item, claimant, "failed", attempts, now.toEpochMilli(), now, reason);
    }

    private void settle(OutboxItem item, String claimant, String status, int attempts, long nextAttempt,
            Instant finished, String error) {
        database.run(() -> database.useHandle(handle -> handle.createUpdate("""
                        UPDATE outbox SET status = :status, attempts = :attempts, next_attempt_at = :next,
                               finished_at = :finished, last_error = :error, claimed_by = NULL, claimed_until = NULL
                        WHERE id = :id AND claimed_by = :claimant""")
                .bind("status", status).bind("attempts", attempts).bind("next", nextAttempt)
                .bind("finished", finished == null ? null : finished.toEpochMilli())
                .bind("error", error == null ? null : truncate(error))
                .bind("id", item.id()).bind("claimant", claimant)
                .execute()));
    }

    /** Deletes delivered and failed items settled before the cut-off; returns how many. */
    public int forgetSettledBefore(Instant cutOff) {
        return database.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM outbox WHERE status <> 'pending' AND finished_at < :cutOff")
                .bind("cutOff", cutOff.toEpochMilli())
                .execute());
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
