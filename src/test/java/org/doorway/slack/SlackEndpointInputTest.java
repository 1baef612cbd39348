package org.doorway.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the endpoint answers to input that is not a well-formed Slack request:
 * never a 5xx, never exception text, and nothing recorded or sent.
 */
class SlackEndpointInputTest {
    @TempDir
    Path folder;

    final EchoIntake intake = new EchoIntake();
    SlackHarness harness;

    @BeforeEach
    void start() {
        harness = new SlackHarness(folder, intake);
        harness.api.clear();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void a_request_dated_more_than_five_minutes_ahead_is_refused_like_a_stale_one() {
        String body = SlackPayloads.directMessage("EvFuture", "U1", "D1", "hello from the future");
        long ahead = Instant.now().getEpochSecond() + 6 * 60;

        HttpResponse<String> future = harness.slack.send(harness.slack.request("application/json", body, ahead,
                harness.slack.signature(ahead, body)));

        assertThat(future.statusCode()).isEqualTo(401);
        assertNothingHappened();
    }

    @Test
    void a_signed_body_that_is_not_json_is_400_and_an_unsigned_one_401() {
        HttpResponse<String> signed = harness.slack.postJson("{\"type\":\"event_callback\",");
        HttpResponse<String> notAnObject = harness.slack.postJson("[1,2,3]");
        HttpResponse<String> badPayload = harness.slack.postForm("payload=%7Bnot-json");
        long now = Instant.now().getEpochSecond();
        HttpResponse<String> unsigned = harness.slack.send(harness.slack.request("application/json", "{\"type\":",
                now, "v0=00"));

        assertThat(List.of(signed, notAnObject, badPayload)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).isEqualTo("malformed request");
        });
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertNothingHappened();
    }

    @Test
    void a_click_without_a_user_is_acknowledged_and_ignored() {
        String click = SlackPayloads.buttonClickJson("U1", "D1", "1700000000.000101", "[]", Buttons.ACTION_PREFIX + "1",
                "Assessment", "need:assessment", "111.222.333").replaceFirst("\"user\":\\{[^}]*\\},", "");

        HttpResponse<String> ack = harness.slack.postForm("payload=" + SlackPayloads.form(click));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertNothingHappened();
    }

    @Test
    void a_modal_submitted_without_state_is_acknowledged_and_ignored() {
        String submission = SlackPayloads.viewSubmission("U1", "V9", NewRequestModal.CALLBACK, "", "b", "a",
                "my students never speak");
        String withoutState = submission.replaceFirst("%22state%22%3A.*%7D%7D%7D%2C", "");

        HttpResponse<String> ack = harness.slack.postForm(withoutState);

        assertThat(withoutState).isNotEqualTo(submission);
        assertThat(ack.statusCode()).isEqualTo(200);
        assertNothingHappened();
    }

    @Test
    void fields_of_the_wrong_type_and_unknown_kinds_are_acknowledged_and_ignored() {
        HttpResponse<String> userIsText = harness.slack.postForm("payload=" + SlackPayloads.form(
                "{\"type\":\"block_actions\",\"user\":\"U1\",\"actions\":{},\"trigger_id\":5}"));
        HttpResponse<String> eventIsText = harness.slack.postJson(
                "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":\"message\"}");
        HttpResponse<String> unknownType = harness.slack.postJson("{\"type\":\"no_such_thing\",\"x\":[[[[1]]]]}");
        HttpResponse<String> unknownAction = harness.slack.postForm("payload=" + SlackPayloads.form(
                SlackPayloads.buttonClickJson("U1", "D1", "1700000000.000101", "[]", "somebody:else", "X", "x",
                        "111.222.444")));

        assertThat(List.of(userIsText, eventIsText, unknownType, unknownAction)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("error");
        });
        assertNothingHappened();
    }

    @Test
    void a_well_formed_message_still_gets_through() {
        HttpResponse<String> ack = harness.slack.postJson(SlackPayloads.directMessage("EvOk", "U1", "D1", "hello"));

        assertThat(ack.statusCode()).isEqualTo(200);
        harness.awaitAllAnswered();
        assertThat(harness.api.calls("chat.postMessage")).isNotEmpty();
    }

    private void assertNothingHappened() {
        assertThat(harness.recordedEvents()).isZero();
        assertThat(harness.rows("outbox")).isZero();
        assertThat(harness.api.callsBesidesAuth()).isEmpty();
        assertThat(intake.seen).isEmpty();
    }
}
