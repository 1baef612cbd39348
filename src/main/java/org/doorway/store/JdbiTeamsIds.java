package org.doorway.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.doorway.teams.TeamsIds;
import org.jdbi.v3.core.Handle;

/** Learned Teams ids, written beside the roster's own ({@code technologist_chat_ids}) and kept in {@code teams_learned_ids}. */
public final class JdbiTeamsIds implements TeamsIds {
    /** Of technologist {@code t}: they have no usable Teams id (an object id or a Teams user id, not a sign-in name). */
    private static final String HAS_NO_TEAMS_ID = """
            NOT EXISTS (SELECT 1 FROM technologist_chat_ids c
                        WHERE c.technologist_id = t.id AND c.platform = 'teams' AND c.user_id NOT LIKE '%@%')""";

    private final Database database;

    public JdbiTeamsIds(Database database) {
        this.database = database;
    }

    @Override
    public List<String> missing() {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT t.email FROM technologists t WHERE " + HAS_NO_TEAMS_ID + " ORDER BY t.position")
                .mapTo(String.class).list());
    }

    @Override
    public boolean known(String personId) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM technologist_chat_ids WHERE platform = 'teams' AND user_id = :user")
                .bind("user", personId).mapTo(Integer.class).one()) > 0;
    }

    @Override
    public Optional<String> learn(List<String> names, String userId, String source, Instant at) {
        List<String> wanted = names.stream().filter(Objects::nonNull).map(name -> name.strip().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty()).distinct().toList();
        if (wanted.isEmpty() || userId.isBlank()) {
            return Optional.empty();
        }
        return database.inTransaction(() -> database.withHandle(handle -> {
            if (handle.createQuery("SELECT COUNT(*) FROM technologist_chat_ids WHERE platform = 'teams' "
                    + "AND user_id = :user").bind("user", userId).mapTo(Integer.class).one() > 0) {
                return Optional.<String>empty(); // someone already has it
            }
            Optional<String> technologist = handle.createQuery("SELECT t.id FROM technologists t WHERE t.id IN "
                            + "(<emails>) AND " + HAS_NO_TEAMS_ID + " ORDER BY t.position")
                    .bindList("emails", wanted).mapTo(String.class).findFirst()
                    .or(() -> handle.createQuery("SELECT t.id FROM technologists t JOIN technologist_chat_ids s "
                                    + "ON s.technologist_id = t.id AND s.platform = 'teams' WHERE LOWER(s.user_id) IN "
                                    + "(<names>) AND " + HAS_NO_TEAMS_ID)
                            .bindList("names", wanted).mapTo(String.class).findFirst());
            technologist.ifPresent(id -> {
                handle.createUpdate("DELETE FROM technologist_chat_ids WHERE platform = 'teams' AND technologist_id = :id")
                        .bind("id", id).execute();
                handle.createUpdate("INSERT INTO technologist_chat_ids (platform, user_id, technologist_id) "
                        + "VALUES ('teams', :user, :id)").bind("user", userId).bind("id", id).execute();
                handle.createUpdate("DELETE FROM teams_learned_ids WHERE technologist_id = :id").bind("id", id)
                        .execute();
                handle.createUpdate("""
                                INSERT INTO teams_learned_ids (technologist_id, user_id, source, learned_at)
                                VALUES (:id, :user, :source, :at)""")
                        .bind("id", id).bind("user", userId).bind("source", source).bind("at", at.toEpochMilli())
                        .execute();
            });
            return technologist;
        }));
    }

    /**
     * After a roster import: each learned id goes back to its technologist
     * when the file gave them none (or only a sign-in name) and nobody else
     * has it. Inside the import's
     * unit of work.
     */
    static void restore(Handle handle) {
        // A sign-in name in the file gives way to the object id learned for the same person.
        handle.createUpdate("""
                DELETE FROM technologist_chat_ids
                WHERE platform = 'teams' AND user_id LIKE '%@%' AND technologist_id IN (
                    SELECT l.technologist_id FROM teams_learned_ids l
                    WHERE NOT EXISTS (SELECT 1 FROM technologist_chat_ids c
                                      WHERE c.platform = 'teams' AND c.user_id = l.user_id))""")
                .execute();
        handle.createUpdate("""
                INSERT INTO technologist_chat_ids (platform, user_id, technologist_id)
                SELECT 'teams', l.user_id, l.technologist_id FROM teams_learned_ids l
                JOIN technologists t ON t.id = l.technologist_id
                WHERE NOT EXISTS (SELECT 1 FROM technologist_chat_ids c
                                  WHERE c.platform = 'teams' AND (c.technologist_id = l.technologist_id
                                                                  OR c.user_id = l.user_id))""")
                .execute();
    }
}
