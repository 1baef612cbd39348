package org.doorway.store;

import java.time.LocalDate;
import java.util.List;
import org.doorway.handoff.Closure;
import org.doorway.handoff.Closures;

/** The institution's closure dates (V17__admin_tokens.sql), days as ISO text so they sort as dates. */
public final class JdbiClosures implements Closures {
    private final Database database;

    public JdbiClosures(Database database) {
        this.database = database;
    }

    @Override
    public List<Closure> all() {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT id, first_day, last_day, name FROM institution_closures ORDER BY first_day, id")
                .map((rows, context) -> new Closure(rows.getLong("id"), LocalDate.parse(rows.getString("first_day")),
                        LocalDate.parse(rows.getString("last_day")), rows.getString("name")))
                .list());
    }

    @Override
    public Closure add(Closure closure) {
        long id = database.withHandle(handle -> handle.createUpdate(
                        "INSERT INTO institution_closures (first_day, last_day, name) VALUES (:from, :to, :name)")
                .bind("from", closure.from().toString()).bind("to", closure.to().toString())
                .bind("name", closure.name())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Closure(id, closure.from(), closure.to(), closure.name());
    }

    @Override
    public boolean remove(long closureId) {
        return database.withHandle(handle -> handle.createUpdate("DELETE FROM institution_closures WHERE id = :id")
                .bind("id", closureId).execute()) == 1;
    }
}
