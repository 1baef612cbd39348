package org.doorway.teams.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.doorway.app.EmbeddedDoorway;
import org.doorway.config.DatabaseSettings;
import org.doorway.store.Database;

/**
 * Doorway wired exactly as {@code serve} wires it (the real dialogue,
 * classifier, default catalogue, handoff and outbox over SQLite), with Teams
 * in local emulator mode for the Agents Playground.
 */
final class PlaygroundDoorway implements AutoCloseable {
    private final EmbeddedDoorway doorway;
    private final Database database;

    PlaygroundDoorway(Path folder) {
        String url = "jdbc:sqlite:" + folder.resolve("doorway.db");
        doorway = EmbeddedDoorway.start(Map.of("PORT", "0", "TEAMS_EMULATOR", "true", "DATABASE_URL", url));
        database = Database.open(new DatabaseSettings(url, Optional.empty(), Optional.empty(), 1));
    }

    /**
     * Waits until an outbox item of {@code operation} was delivered, i.e. the
     * Playground's connector answered 201. The Playground shows only the
     * current user's chats, so a message to another user is checked here.
     */
    boolean delivered(String operation, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            long delivered = database.withHandle(handle -> handle.createQuery(
                            "SELECT COUNT(*) FROM outbox WHERE operation = :operation AND status = 'delivered'")
                    .bind("operation", operation).mapTo(Long.class).one());
            if (delivered > 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    String endpoint() {
        return "http://127.0.0.1:" + doorway.port() + "/api/messages";
    }

    /**
     * Puts one of the Playground's users on the roster, on duty around the
     * clock. Their {@code teams} id is the Playground's user id: its connector
     * opens chats only by that id, where Teams also takes the Entra object id.
     */
    void rosterWith(JsonNode user) {
        String always = "\"00:00-23:59\"";
        doorway.importRoster("""
                technologists:
                  - name: %s
                    teams: %s
                    email: %s
                    timezone: UTC
                    hours: {mon: %s, tue: %s, wed: %s, thu: %s, fri: %s, sat: %s, sun: %s}
                    capacity: 5
                """.formatted(user.path("name").asText(), user.path("id").asText(),
                user.path("email").asText(), always, always, always, always, always, always, always));
    }

    @Override
    public void close() {
        database.close();
        doorway.close();
    }
}
