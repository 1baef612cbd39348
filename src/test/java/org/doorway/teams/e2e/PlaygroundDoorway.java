package org.doorway.teams.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.doorway.app.EmbeddedDoorway;

/**
 * Doorway wired exactly as {@code serve} wires it (the real dialogue,
 * classifier, default catalogue, handoff and outbox over SQLite), with Teams
 * in local emulator mode for the Agents Playground.
 */
final class PlaygroundDoorway implements AutoCloseable {
    private final EmbeddedDoorway doorway;

    PlaygroundDoorway(Path folder) {
        doorway = EmbeddedDoorway.start(Map.of("PORT", "0", "TEAMS_EMULATOR", "true",
                "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db")));
    }

    String endpoint() {
        return "http://127.0.0.1:" + doorway.port() + "/api/messages";
    }

    /** Puts one of the Playground's users on the roster, on duty around the clock. */
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
                """.formatted(user.path("name").asText(), user.path("aadObjectId").asText(),
                user.path("email").asText(), always, always, always, always, always, always, always));
    }

    @Override
    public void close() {
        doorway.close();
    }
}
