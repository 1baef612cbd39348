package org.doorway.teams.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Doorway, wired as {@code serve} wires it, in the real Microsoft 365 Agents
 * Playground: install, a teaching problem, a card with suggestions, "Talk to a
 * technologist", the handoff answer naming a person on the roster (one of the
 * Playground's users) with a link to chat with them, and the summary card
 * accepted by the Playground's connector in a new 1:1 chat between Doorway and
 * that person. Needs Node.js and {@code npm ci} in
 * e2e/teams; runs when {@code DOORWAY_E2E_PLAYGROUND=1}.
 */
@EnabledIfEnvironmentVariable(named = "DOORWAY_E2E_PLAYGROUND", matches = "1")
class TeamsPlaygroundE2ETest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    @Test
    void install_problem_suggestions_talkToATechnologist_handoff() throws Exception {
        try (PlaygroundDoorway doorway = new PlaygroundDoorway(folder);
                AgentsPlayground playground = new AgentsPlayground(doorway.endpoint(), folder)) {
            JsonNode technologist = playground.config.path("users").get(0);
            String name = technologist.path("name").asText();
            doorway.rosterWith(technologist);
            playground.install();
            playground.await("welcome", event -> text(event).contains("I'm Doorway"), WAIT);

            playground.say("350 first-years and nobody answers when I ask the room a question");
            JsonNode card = playground.await("suggestions card", event -> created(event)
                    && text(event).contains("Talk to a technologist"), WAIT);
            assertThat(text(card)).contains("application/vnd.microsoft.card.adaptive", "\"version\":\"1.5\"",
                    "Why it fits");
            String cardId = card.path("message").path("messageId").asText();

            playground.submit(cardId, new ObjectMapper().createObjectNode().put("doorway", "person"));
            JsonNode handoff = playground.await("handoff answer",
                    event -> created(event) && text(event).contains("I've passed this to " + name), WAIT);
            assertThat(text(handoff)).contains("Action.OpenUrl", "https://teams.microsoft.com/l/chat/0/0?users="
                    + technologist.path("email").asText() + "&message=");
            assertThat(doorway.delivered("handoff-post", WAIT))
                    .as("the summary card in a new 1:1 chat between Doorway and " + name).isTrue();
            JsonNode replaced = playground.await("the clicked card without buttons",
                    event -> "updateMessage".equals(event.path("action").asText())
                            && text(event).contains("Talk to a technologist"), WAIT);
            assertThat(text(replaced)).doesNotContain("Action.Submit");
        }
    }

    private static boolean created(JsonNode event) {
        return "createMessage".equals(event.path("action").asText());
    }

    private static String text(JsonNode event) {
        return event.toString();
    }
}
