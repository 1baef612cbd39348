package org.doorway.store;

import java.time.Instant;
import java.util.Optional;
import org.doorway.teams.SignInNames;

/** Teams sign-in names in {@code teams_sign_in_names}, one row a person, the latest learned kept. */
public final class JdbiSignInNames implements SignInNames {
    private final Database database;

    public JdbiSignInNames(Database database) {
        this.database = database;
    }

    @Override
    public Optional<String> of(String personId) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT sign_in_name FROM teams_sign_in_names WHERE person_id = :person")
                .bind("person", personId).mapTo(String.class).findOne());
    }

    @Override
    public void remember(String personId, String signInName, Instant at) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO teams_sign_in_names (person_id, sign_in_name, learned_at)
                        VALUES (:person, :name, :at)
                        ON CONFLICT (person_id) DO UPDATE SET sign_in_name = :name, learned_at = :at""")
                .bind("person", personId).bind("name", signInName).bind("at", at.toEpochMilli()).execute());
    }
}
