package org.doorway.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.doorway.conversation.Inbound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Socket Mode end to end: Bolt connects with the app-level token to a fake
 * Slack WebSocket, which sends envelopes as Slack does; assertions on the acks
 * that come back over the socket and on what reaches the fake Web API.
 */
class SocketModeTest {
    @TempDir
    Path folder;

    final EchoIntake intake = new EchoIntake();
    SlackHarness harness;

    @BeforeEach
    void start() {
        harness = SlackHarness.overSocketMode(folder, intake);
        Await.until("the Socket Mode client connects", () -> harness.socket.connections() == 1);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void connects_with_the_app_level_token() {
        // Bolt asks for a URL when it builds the client and again when it connects; the fake refuses bot tokens.
        assertThat(harness.api.calls("apps.connections.open")).isNotEmpty();
        assertThat(harness.socket.opened()).isOne();
        assertThat(harness.adapter.servlet()).isEmpty();
    }

    @Test
    void after_slack_refreshes_the_connection_it_reconnects_and_answers() {
        harness.socket.refreshConnections();
        Await.until("a second connection", () -> harness.socket.opened() == 2 && harness.socket.connections() == 1);

        harness.socket.send(SlackPayloads.eventsApiEnvelope("e1",
                SlackPayloads.directMessage("Ev1", "U1", "D1", "still there?"), 0));

        awaitAck("e1");
        assertThat(awaitPosts(1).get(0).param("text")).isEqualTo("You said: still there?");
    }

    @Test
    void closing_disconnects_at_once_even_when_the_connection_no_longer_answers_pings() {
        harness.socket.ignorePings();
        // Bolt counts a pong from the last second as a live connection; wait until the last one is older.
        Await.until("the last pong is over a second old", () -> harness.socket.millisSinceLastPong() > 1_100);

        harness.adapter.close();

        Await.until("the client has gone", Duration.ofMillis(500), () -> harness.socket.connections() == 0);
    }

    @Test
    void a_direct_message_envelope_is_acked_and_answered_in_that_dm() {
        harness.socket.send(SlackPayloads.eventsApiEnvelope("e1",
                SlackPayloads.directMessage("Ev1", "U1", "D1", "my students never speak up"), 0));

        assertThat(awaitAck("e1").has("payload")).isFalse();
        List<FakeSlackApi.Call> posts = awaitPosts(2);
        assertThat(posts).allSatisfy(post -> assertThat(post.param("channel")).isEqualTo("D1"));
        assertThat(posts.get(0).param("text")).isEqualTo("You said: my students never speak up");
        assertThat(posts.get(1).param("blocks")).contains("need:assessment");
        assertThat(intake.seen).singleElement().satisfies(inbound ->
                assertThat(inbound.key().conversation()).isEqualTo("D1"));
    }

    @Test
    void a_retried_envelope_is_acked_and_answered_once() {
        String event = SlackPayloads.directMessage("EvSame", "U1", "D1", "once please");
        harness.socket.send(SlackPayloads.eventsApiEnvelope("e1", event, 0));
        harness.socket.send(SlackPayloads.eventsApiEnvelope("e2", event, 1));
        awaitAck("e1");
        awaitAck("e2");
        sentinel();

        assertThat(harness.socket.acks("e1")).isOne();
        assertThat(harness.socket.acks("e2")).isOne();
        assertThat(harness.api.calls("chat.postMessage").stream()
                .filter(post -> "You said: once please".equals(post.param("text")))).hasSize(1);
        assertThat(intake.seen.stream().filter(in -> in instanceof Inbound.Message m
                && m.text().equals("once please"))).hasSize(1);
    }

    @Test
    void a_button_click_envelope_updates_the_clicked_message_and_answers() {
        harness.socket.send(SlackPayloads.eventsApiEnvelope("e1",
                SlackPayloads.directMessage("Ev1", "U1", "D1", "help"), 0));
        FakeSlackApi.Call question = awaitPosts(2).get(1);
        String messageTs = question.ts();

        harness.socket.send(SlackPayloads.interactiveEnvelope("e2", SlackPayloads.buttonClickJson("U1", "D1",
                messageTs, question.param("blocks"), "doorway.choice.0", "Assessment", "need:assessment", "t1")));

        awaitAck("e2");
        Await.until("the clicked message is updated", () -> !harness.api.calls("chat.update").isEmpty());
        FakeSlackApi.Call update = harness.api.calls("chat.update").get(0);
        assertThat(update.param("channel")).isEqualTo("D1");
        assertThat(update.param("ts")).isEqualTo(messageTs);
        assertThat(update.param("blocks")).contains("Assessment").doesNotContain("\"actions\"");
        assertThat(awaitPosts(3).get(2).param("text")).isEqualTo("You chose need:assessment");
        assertThat(intake.seen.get(1)).isInstanceOf(Inbound.Action.class);
    }

    @Test
    void a_slash_command_envelope_is_answered_in_its_ack_and_in_the_dm() {
        harness.socket.send(SlackPayloads.slashCommandEnvelope("e1",
                SlackPayloads.slashCommandJson("U1", "C1", "", "t1")));
        assertThat(awaitAck("e1").path("payload").path("text").asText()).isEqualTo(SlackListeners.HELP);

        harness.socket.send(SlackPayloads.slashCommandEnvelope("e2",
                SlackPayloads.slashCommandJson("U1", "C1", "quiz for 300 students", "t2")));

        assertThat(awaitAck("e2").path("payload").path("text").asText()).isEqualTo(SlackListeners.ON_IT);
        FakeSlackApi.Call echo = awaitPosts(2).get(0);
        assertThat(echo.param("channel")).isEqualTo("D1");
        assertThat(echo.param("text")).isEqualTo("You said: quiz for 300 students");
    }

    private JsonNode awaitAck(String envelopeId) {
        Await.until("the ack of envelope " + envelopeId, () -> harness.socket.ack(envelopeId).isPresent());
        return harness.socket.ack(envelopeId).orElseThrow();
    }

    /** A last message in the same DM, then everything taken is answered and delivered. */
    private void sentinel() {
        harness.socket.send(SlackPayloads.eventsApiEnvelope("eSentinel",
                SlackPayloads.directMessage("EvSentinel", "U1", "D1", "sentinel"), 0));
        Await.until("the sentinel's ack", () -> harness.socket.ack("eSentinel").isPresent());
        harness.awaitAllAnswered();
        assertThat(harness.api.calls("chat.postMessage").stream()
                .anyMatch(post -> "You said: sentinel".equals(post.param("text")))).isTrue();
    }

    private List<FakeSlackApi.Call> awaitPosts(int count) {
        Await.until(count + " chat.postMessage calls", () -> harness.api.calls("chat.postMessage").size() >= count);
        return harness.api.calls("chat.postMessage");
    }
}
