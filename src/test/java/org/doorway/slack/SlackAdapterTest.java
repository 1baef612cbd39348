package org.doorway.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.doorway.conversation.Inbound;
import org.doorway.outbox.OutboxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw, signed requests to the running endpoint; assertions on what reaches the fake Slack API. */
class SlackAdapterTest {
    @TempDir
    Path folder;

    final EchoIntake intake = new EchoIntake();
    SlackHarness harness;

    @BeforeEach
    void start() {
        harness = new SlackHarness(folder, intake);
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void a_direct_message_is_answered_in_that_dm() {
        HttpResponse<String> ack = harness.slack.postJson(
                SlackPayloads.directMessage("Ev1", "U1", "D1", "my students never speak up"));

        assertThat(ack.statusCode()).isEqualTo(200);
        List<FakeSlackApi.Call> posts = awaitPosts(2);
        assertThat(posts).allSatisfy(post -> assertThat(post.param("channel")).isEqualTo("D1"));
        assertThat(posts.get(0).param("text")).isEqualTo("You said: my students never speak up");
        assertThat(decoded(posts.get(1).param("blocks")))
                .contains("\"type\":\"button\"", "need:assessment", "Assessment");
        assertThat(intake.seen).singleElement().satisfies(inbound -> {
            assertThat(inbound.key().conversation()).isEqualTo("D1");
            assertThat(((Inbound.Message) inbound).userName()).isEqualTo("Ada");
        });
    }

    @Test
    void a_button_click_updates_the_clicked_message_and_answers() {
        harness.slack.postJson(SlackPayloads.directMessage("Ev1", "U1", "D1", "help"));
        FakeSlackApi.Call question = awaitPosts(2).get(1);
        String messageTs = "1700000000.000555";

        HttpResponse<String> ack = harness.slack.postForm(SlackPayloads.buttonClick("U1", "D1", messageTs,
                question.param("blocks"), "doorway.choice.0", "Assessment", "need:assessment"));

        assertThat(ack.statusCode()).isEqualTo(200);
        Await.until("the clicked message is updated", () -> !harness.api.calls("chat.update").isEmpty());
        FakeSlackApi.Call update = harness.api.calls("chat.update").get(0);
        assertThat(update.param("channel")).isEqualTo("D1");
        assertThat(update.param("ts")).isEqualTo(messageTs);
        assertThat(decoded(update.param("blocks"))).contains("You chose: *Assessment*").doesNotContain("\"actions\"");
        List<FakeSlackApi.Call> posts = awaitPosts(3);
        assertThat(posts.get(2).param("text")).isEqualTo("You chose need:assessment");
        assertThat(intake.seen.get(1)).isInstanceOf(Inbound.Action.class);
    }

    @Test
    void a_second_click_on_the_same_message_is_ignored() {
        String blocks = new BlockKitRenderer().render(new org.doorway.conversation.Reply.Choice("Which?",
                List.of(org.doorway.conversation.Option.of("a", "A")))).blocksJson();
        harness.slack.postForm(SlackPayloads.buttonClick("U1", "D1", "1700000000.000777", blocks,
                "doorway.choice.0", "A", "a"));
        harness.slack.postForm(SlackPayloads.buttonClick("U1", "D1", "1700000000.000777", blocks,
                "doorway.choice.0", "A", "a"));
        sentinel();

        assertThat(intake.seen.stream().filter(Inbound.Action.class::isInstance)).hasSize(1);
        assertThat(harness.api.calls("chat.update")).hasSize(1);
    }

    @Test
    void the_slash_command_answers_in_the_dm_and_without_text_shows_help() {
        HttpResponse<String> help = harness.slack.postForm(SlackPayloads.slashCommand("U1", "C1", "", "t1"));
        assertThat(help.statusCode()).isEqualTo(200);
        assertThat(help.body()).contains("/doorway my 200 students");
        assertThat(harness.recordedEvents()).isZero();

        HttpResponse<String> ack = harness.slack.postForm(
                SlackPayloads.slashCommand("U1", "C1", "quiz for 300 students", "t2"));

        assertThat(ack.body()).contains("direct messages");
        List<FakeSlackApi.Call> posts = awaitPosts(2);
        assertThat(posts.get(0).param("channel")).isEqualTo("D1");
        assertThat(posts.get(0).param("text")).isEqualTo("You said: quiz for 300 students");
        assertThat(harness.api.calls("conversations.open")).hasSize(1);
    }

    @Test
    void a_mention_is_answered_in_its_thread_without_the_mention() {
        harness.slack.postJson(SlackPayloads.mention("Ev1", "U1", "C9", "1700000005.000100",
                "<@UBOT> how do I run a poll?"));

        List<FakeSlackApi.Call> posts = awaitPosts(2);
        assertThat(posts.get(0).param("channel")).isEqualTo("C9");
        assertThat(posts.get(0).param("thread_ts")).isEqualTo("1700000005.000100");
        assertThat(posts.get(0).param("text")).isEqualTo("You said: how do I run a poll?");
        assertThat(intake.seen.get(0).key().conversation()).isEqualTo("C9:1700000005.000100");
    }

    @Test
    void opening_the_app_home_publishes_it() {
        harness.slack.postJson(SlackPayloads.homeOpened("Ev1", "U1"));

        Await.until("views.publish", () -> !harness.api.calls("views.publish").isEmpty());
        FakeSlackApi.Call publish = harness.api.calls("views.publish").get(0);
        assertThat(publish.param("user_id")).isEqualTo("U1");
        assertThat(decoded(publish.param("view"))).contains("\"type\":\"home\"", AppHomeView.NEW_REQUEST);
    }

    @Test
    void a_retried_or_duplicated_event_is_answered_once() {
        String body = SlackPayloads.directMessage("EvSame", "U1", "D1", "once please");
        harness.slack.postJson(body);
        HttpResponse<String> retry = harness.slack.postJson(body, "X-Slack-Retry-Num", "1",
                "X-Slack-Retry-Reason", "http_timeout");
        harness.slack.postJson(body);
        sentinel();

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(harness.api.calls("chat.postMessage").stream()
                .filter(post -> "You said: once please".equals(post.param("text")))).hasSize(1);
        assertThat(intake.seen.stream().filter(in -> in instanceof Inbound.Message m
                && m.text().equals("once please"))).hasSize(1);
    }

    @Test
    void a_message_acked_just_before_a_crash_is_answered_after_the_restart_once() throws Exception {
        harness.close();
        try (SlackHarness stopped = SlackHarness.stoppingAfterEachAck(folder, intake)) {
            HttpResponse<String> ack = stopped.slack.postJson(
                    SlackPayloads.directMessage("EvCrash", "U1", "D1", "answer me after the restart"));
            assertThat(ack.statusCode()).isEqualTo(200);
            assertThat(stopped.api.calls("chat.postMessage")).isEmpty();
        }
        harness = new SlackHarness(folder, intake);
        assertThat(harness.adapter.redelivery(Duration.ofMinutes(1)).run(Duration.ofSeconds(10))).as("not yet overdue").isZero();

        harness.clock.advance(Duration.ofMinutes(2));
        assertThat(harness.adapter.redelivery(Duration.ofMinutes(1)).run(Duration.ofSeconds(10))).isEqualTo(1);
        assertThat(awaitPosts(1).get(0).param("text")).isEqualTo("You said: answer me after the restart");
        assertThat(harness.adapter.redelivery(Duration.ofMinutes(1)).run(Duration.ofSeconds(10))).as("answered already").isZero();
        harness.slack.postJson(SlackPayloads.directMessage("EvCrash", "U1", "D1", "answer me after the restart"));
        sentinel();
        assertThat(intake.seen.stream().filter(in -> in instanceof Inbound.Message m
                && m.text().equals("answer me after the restart"))).hasSize(1);
    }

    @Test
    void a_slow_first_build_of_the_dialogue_holds_up_no_ack() throws Exception {
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch built = new CountDownLatch(1);
        intake.preparing = () -> {
            building.countDown();
            try {
                built.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        };
        harness.slack.postJson(SlackPayloads.directMessage("EvFirst", "U1", "D1", "first after the start"));
        assertThat(building.await(5, TimeUnit.SECONDS)).as("prepared before answering").isTrue();

        // While the first answer waits for the build, others are still recorded and acked: the build holds no lock.
        List<HttpResponse<String>> acks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            acks.add(harness.slack.postJson(SlackPayloads.directMessage("EvNext" + i, "U" + i, "D" + i, "next")));
        }
        built.countDown();

        assertThat(acks).allSatisfy(ack -> assertThat(ack.statusCode()).isEqualTo(200));
        Await.until("every answer", () -> intake.seen.size() == 6);
    }

    @Test
    void an_event_that_cannot_be_recorded_is_not_acked_so_slack_sends_it_again() {
        harness.inbox.close();

        HttpResponse<String> refused = harness.slack.postJson(
                SlackPayloads.directMessage("EvLost", "U1", "D1", "the inbox is down"));

        assertThat(refused.statusCode()).isGreaterThanOrEqualTo(500);
        assertThat(refused.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void rate_limited_posts_are_delivered_after_retry_after() {
        harness.api.failNext("chat.postMessage", 429, "30", "{\"ok\":false,\"error\":\"ratelimited\"}");
        harness.slack.postJson(SlackPayloads.directMessage("Ev1", "U1", "D1", "hello"));

        Await.until("the rate-limited attempt is settled", () -> OutboxFixture.count(harness.database,
                "SELECT COUNT(*) FROM outbox WHERE last_error = 'rate limited' AND claimed_by IS NULL") == 1);
        harness.clock.advance(Duration.ofSeconds(20));
        assertThat(harness.api.calls("chat.postMessage")).hasSize(1);

        harness.clock.advance(Duration.ofSeconds(11));
        List<FakeSlackApi.Call> posts = awaitPosts(3);
        assertThat(posts.get(1).param("text")).isEqualTo("You said: hello");
        assertThat(posts.get(1).param("text")).isEqualTo(posts.get(0).param("text"));
    }

    @Test
    void bad_signatures_and_stale_timestamps_are_refused_and_change_nothing() {
        harness.api.clear();
        String body = SlackPayloads.directMessage("Ev1", "U1", "D1", "hello");
        long now = Instant.now().getEpochSecond();
        long stale = now - 6 * 60;

        HttpResponse<String> forged = harness.slack.send(harness.slack.request("application/json", body, now,
                harness.slack.signature(now, body.replace("hello", "hullo"))));
        HttpResponse<String> replayed = harness.slack.send(harness.slack.request("application/json", body, stale,
                harness.slack.signature(stale, body)));
        HttpResponse<String> unsigned = harness.slack.send(harness.slack.request("application/json", body, now, ""));

        assertThat(List.of(forged, replayed, unsigned)).allSatisfy(response ->
                assertThat(response.statusCode()).isEqualTo(401));
        assertThat(harness.recordedEvents()).isZero();
        assertThat(harness.rows("outbox")).isZero();
        assertThat(harness.api.calls()).isEmpty();
        assertThat(intake.seen).isEmpty();
    }

    @Test
    void mentions_and_links_in_user_text_are_escaped() {
        harness.slack.postJson(SlackPayloads.directMessage("Ev1", "U1", "D1",
                "<!channel> see <https://evil.example|click> & <@U123>"));

        FakeSlackApi.Call echo = awaitPosts(2).get(0);
        String escaped = "&lt;!channel&gt; see &lt;https://evil.example|click&gt; &amp; &lt;@U123&gt;";
        assertThat(echo.param("text")).isEqualTo("You said: " + escaped);
        assertThat(decoded(echo.param("blocks"))).contains(escaped)
                .doesNotContain("<!channel>", "<@U123>", "<https://evil");
    }

    @Test
    void bot_messages_edits_and_unhandled_events_are_acked_and_ignored() {
        List<HttpResponse<String>> acks = List.of(
                harness.slack.postJson(SlackPayloads.botMessage("Ev1", "D1", "I am a bot")),
                harness.slack.postJson(SlackPayloads.botMessageWithoutSubtype("Ev2", "D1", "I am a bot too")),
                harness.slack.postJson(SlackPayloads.editedMessage("Ev3", "D1")),
                harness.slack.postJson(SlackPayloads.reactionAdded("Ev4")),
                harness.slack.postForm(SlackPayloads.buttonClick("U1", "D1", "1.2", "[]", "somebody.else", "X", "x")));
        sentinel();

        assertThat(acks).allSatisfy(ack -> assertThat(ack.statusCode()).isEqualTo(200));
        assertThat(intake.seen).singleElement().satisfies(inbound ->
                assertThat(((Inbound.Message) inbound).text()).isEqualTo("sentinel"));
    }

    @Test
    void a_failing_dialogue_gets_an_apology_not_a_stack_trace() {
        harness.slack.postJson(SlackPayloads.directMessage("Ev1", "U1", "D1", "boom"));

        FakeSlackApi.Call apology = awaitPosts(1).get(0);
        assertThat(apology.param("text")).startsWith("Sorry, something went wrong on my side.");
        assertThat(apology.param("blocks")).doesNotContain("Exception", "at org.");
    }

    @Test
    void a_database_blip_is_taken_again_and_answered_once_without_an_apology() {
        harness.slack.postJson(SlackPayloads.directMessage("Ev1", "U1", "D1", "blip"));
        sentinel();

        List<String> texts = harness.api.calls("chat.postMessage").stream().map(call -> call.param("text")).toList();
        assertThat(texts).filteredOn("You said: blip"::equals).hasSize(1);
        assertThat(texts).noneMatch(text -> text.startsWith("Sorry"));
        assertThat(intake.seen).as("tried twice, then the sentinel").hasSize(3);
    }

    /** A last message in the same conversation, then everything taken is answered and delivered. */
    private void sentinel() {
        harness.slack.postJson(SlackPayloads.directMessage("EvSentinel", "U1", "D1", "sentinel"));
        harness.awaitAllAnswered();
        assertThat(harness.api.calls("chat.postMessage").stream()
                .filter(post -> "You said: sentinel".equals(post.param("text")))).hasSize(1);
    }

    /** The JSON as Slack reads it (Gson writes {@code <} as a unicode escape). */
    private static String decoded(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).toString();
        } catch (java.io.IOException notJson) {
            throw new AssertionError(notJson);
        }
    }

    private List<FakeSlackApi.Call> awaitPosts(int count) {
        Await.until(count + " chat.postMessage calls", () -> harness.api.calls("chat.postMessage").size() >= count);
        return harness.api.calls("chat.postMessage");
    }
}
