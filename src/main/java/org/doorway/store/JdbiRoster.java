package org.doorway.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorway.handoff.Roster;
import org.doorway.handoff.Technologist;
import org.jdbi.v3.core.Handle;

/** The roster as rows: queried columns plus a JSON detail, and a table of chat ids for lookups by user. */
public final class JdbiRoster implements Roster {
    private static final String SELECT = "SELECT id, name, email, available, capacity, detail FROM technologists ";

    private final Database database;

    public JdbiRoster(Database database) {
        this.database = database;
    }

    @Override
    public List<Technologist> all() {
        return database.withHandle(handle -> {
            Map<String, Map<String, String>> chatIds = chatIds(handle);
            return handle.createQuery(SELECT + "ORDER BY position")
                    .map((rows, context) -> technologist(rows, chatIds))
                    .list();
        });
    }

    @Override
    public Optional<Technologist> find(String technologistId) {
        return database.withHandle(handle -> handle.createQuery(SELECT + "WHERE id = :id")
                .bind("id", technologistId)
                .map((rows, context) -> technologist(rows, chatIds(handle)))
                .findOne());
    }

    @Override
    public Optional<Technologist> findByChatId(String platform, String userId) {
        return database.withHandle(handle -> handle.createQuery(
                        """
                        SELECT technologist_id FROM technologist_chat_ids
                        WHERE platform = :platform AND user_id = :user""")
                .bind("platform", platform).bind("user", userId)
                .mapTo(String.class)
                .findOne())
                .flatMap(this::find);
    }

    @Override
    public boolean setAvailable(String technologistId, boolean available) {
        return database.withHandle(handle -> handle.createUpdate(
                        "UPDATE technologists SET available = :available WHERE id = :id")
                .bind("available", available).bind("id", technologistId)
                .execute()) == 1;
    }

    @Override
    public void save(Technologist technologist) {
        database.run(() -> database.useHandle(handle -> {
            Optional<Integer> position = handle.createQuery("SELECT position FROM technologists WHERE id = :id")
                    .bind("id", technologist.id()).mapTo(Integer.class).findOne();
            int at = position.orElseGet(() -> handle.createQuery("SELECT COALESCE(MAX(position) + 1, 0) FROM technologists")
                    .mapTo(Integer.class).one());
            handle.createUpdate("DELETE FROM technologist_chat_ids WHERE technologist_id = :id")
                    .bind("id", technologist.id()).execute();
            handle.createUpdate("DELETE FROM technologists WHERE id = :id").bind("id", technologist.id()).execute();
            insert(handle, technologist, at);
        }));
    }

    @Override
    public void replaceAll(List<Technologist> technologists) {
        database.run(() -> database.useHandle(handle -> {
            handle.createUpdate("DELETE FROM technologist_chat_ids").execute();
            handle.createUpdate("DELETE FROM technologists").execute();
            for (int position = 0; position < technologists.size(); position++) {
                insert(handle, technologists.get(position), position);
            }
        }));
    }

    private static void insert(Handle handle, Technologist technologist, int position) {
        handle.createUpdate("""
                        INSERT INTO technologists (id, name, email, available, capacity, position, detail)
                        VALUES (:id, :name, :email, :available, :capacity, :position, :detail)""")
                .bind("id", technologist.id()).bind("name", technologist.name()).bind("email", technologist.email())
                .bind("available", technologist.available()).bind("capacity", technologist.capacity())
                .bind("position", position).bind("detail", TechnologistDetail.write(technologist))
                .execute();
        technologist.chatIds().forEach((platform, userId) -> handle.createUpdate("""
                        INSERT INTO technologist_chat_ids (platform, user_id, technologist_id)
                        VALUES (:platform, :user, :id)""")
                .bind("platform", platform).bind("user", userId).bind("id", technologist.id())
                .execute());
        handle.createUpdate("""
                        INSERT INTO technologist_load (technologist_id, open_count) VALUES (:id, 0)
                        ON CONFLICT (technologist_id) DO NOTHING""")
                .bind("id", technologist.id())
                .execute();
    }

    private static Map<String, Map<String, String>> chatIds(Handle handle) {
        Map<String, Map<String, String>> byTechnologist = new HashMap<>();
        handle.createQuery("SELECT technologist_id, platform, user_id FROM technologist_chat_ids")
                .map((rows, context) -> List.of(rows.getString("technologist_id"), rows.getString("platform"),
                        rows.getString("user_id")))
                .forEach(row -> byTechnologist.computeIfAbsent(row.get(0), id -> new HashMap<>())
                        .put(row.get(1), row.get(2)));
        return byTechnologist;
    }

    private static Technologist technologist(ResultSet rows, Map<String, Map<String, String>> chatIds)
            throws SQLException {
        String id = rows.getString("id");
        TechnologistDetail detail = TechnologistDetail.read(rows.getString("detail"));
        return new Technologist(id, rows.getString("name"), rows.getString("email"),
                chatIds.getOrDefault(id, Map.of()), detail.zone(), detail.weeklyHours(), detail.absences(),
                detail.expertise(), rows.getInt("capacity"), rows.getBoolean("available"));
    }
}
