package org.doorway.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.doorway.handoff.Workload;
import org.doorway.handoff.Workloads;
import org.jdbi.v3.core.Handle;

/**
 * Open-handoff counts. A slot is taken by one conditional UPDATE: on
 * PostgreSQL the row lock makes a second transaction re-check
 * {@code open_count < capacity} after the first commits; on SQLite writers
 * are serialised by IMMEDIATE transactions. Either way nobody goes over.
 */
public final class JdbiWorkloads implements Workloads {
    private final Database database;

    public JdbiWorkloads(Database database) {
        this.database = database;
    }

    @Override
    public Map<String, Workload> all() {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT technologist_id, open_count, last_assigned_at FROM technologist_load")
                .map((rows, context) -> {
                    long last = rows.getLong("last_assigned_at");
                    Optional<Instant> lastAssigned = rows.wasNull() ? Optional.empty()
                            : Optional.of(Instant.ofEpochMilli(last));
                    return new Workload(rows.getString("technologist_id"), rows.getInt("open_count"), lastAssigned);
                })
                .stream()
                .collect(Collectors.toMap(Workload::technologistId, Function.identity())));
    }

    @Override
    public boolean take(String technologistId, int capacity, Instant at) {
        return database.withHandle(handle -> {
            ensureRow(handle, technologistId);
            return handle.createUpdate("""
                            UPDATE technologist_load SET open_count = open_count + 1, last_assigned_at = :at
                            WHERE technologist_id = :id AND open_count < :capacity""")
                    .bind("at", at.toEpochMilli()).bind("id", technologistId).bind("capacity", capacity)
                    .execute() == 1;
        });
    }

    @Override
    public void takeAnyway(String technologistId, Instant at) {
        database.useHandle(handle -> {
            ensureRow(handle, technologistId);
            handle.createUpdate("""
                            UPDATE technologist_load SET open_count = open_count + 1, last_assigned_at = :at
                            WHERE technologist_id = :id""")
                    .bind("at", at.toEpochMilli()).bind("id", technologistId)
                    .execute();
        });
    }

    @Override
    public void release(String technologistId) {
        database.useHandle(handle -> handle.createUpdate("""
                        UPDATE technologist_load SET open_count = open_count - 1
                        WHERE technologist_id = :id AND open_count > 0""")
                .bind("id", technologistId)
                .execute());
    }

    private static void ensureRow(Handle handle, String technologistId) {
        handle.createUpdate("""
                        INSERT INTO technologist_load (technologist_id, open_count) VALUES (:id, 0)
                        ON CONFLICT (technologist_id) DO NOTHING""")
                .bind("id", technologistId)
                .execute();
    }
}
