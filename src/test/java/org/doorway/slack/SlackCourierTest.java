package org.doorway.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorway.conversation.Reply;
import org.doorway.handoff.HandoffMessage;
import org.doorway.outbox.Delivery;
import org.doorway.outbox.OutboxItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackCourierTest {
    final FakeSlackApi api = new FakeSlackApi();
    final SlackCourier courier = new SlackCourier(slack(), "xoxb-test", new NoHandoffMessages(),
            Clock.systemUTC());
    final SlackMessage hello = new BlockKitRenderer().render(Reply.Text.of("hello"));

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private Slack slack() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(api.url());
        return Slack.getInstance(config);
    }

    private OutboxItem item(String operation, SlackCall call) {
        return new OutboxItem(1, "slack", operation, "D1", call.toJson(), 0, Instant.now());
    }

    private OutboxItem post() {
        return item(SlackCall.POST, SlackCall.post(SlackAddress.channel("D1"), hello));
    }

    @Test
    void rate_limits_become_retry_after_with_slacks_wait() {
        api.failNext("chat.postMessage", 429, "7", "{\"ok\":false,\"error\":\"ratelimited\"}");
        assertThat(courier.deliver(post())).isEqualTo(new Delivery.RetryAfter(Duration.ofSeconds(7)));
    }

    @Test
    void server_errors_are_retried_and_refusals_are_not() {
        api.failNext("chat.postMessage", 503, null, "upstream down");
        api.failNext("chat.postMessage", 200, null, "{\"ok\":false,\"error\":\"channel_not_found\"}");
        api.failNext("chat.postMessage", 200, null, "{\"ok\":false,\"error\":\"internal_error\"}");

        assertThat(courier.deliver(post())).isInstanceOf(Delivery.RetryLater.class);
        assertThat(courier.deliver(post())).isEqualTo(new Delivery.Failed("Slack error channel_not_found"));
        assertThat(courier.deliver(post())).isInstanceOf(Delivery.RetryLater.class);
        assertThat(courier.deliver(post())).isEqualTo(Delivery.delivered());
    }

    @Test
    void an_unreachable_api_is_retried() throws Exception {
        api.close();
        assertThat(courier.deliver(post())).isInstanceOf(Delivery.RetryLater.class);
    }

    @Test
    void a_group_message_opens_the_conversation_then_posts_in_it() {
        OutboxItem group = item(SlackCall.OPEN_AND_POST, SlackCall.openAndPost(List.of("U1", "U2"), hello));

        assertThat(courier.deliver(group)).isEqualTo(Delivery.delivered());
        assertThat(api.calls("conversations.open").get(0).param("users")).isEqualTo("U1,U2");
        assertThat(api.calls("chat.postMessage").get(0).param("channel")).isEqualTo("G12");
    }

    /** The same item claimed again after its instance died between Slack's answer and the mark. */
    private static OutboxItem again(OutboxItem item, Instant unsureSince) {
        return new OutboxItem(item.id(), item.platform(), item.operation(), item.lane(), item.payloadJson(),
                item.attempts(), item.createdAt(), Optional.of(unsureSince));
    }

    @Test
    void a_posted_message_names_its_outbox_item_in_slacks_metadata() {
        OutboxItem item = post();
        courier.deliver(item);

        assertThat(api.calls("chat.postMessage").get(0).param("metadata"))
                .contains("\"event_type\":\"doorway_outbox_item\"")
                .contains("\"item\":\"1\"")
                .contains("\"queued_at\":\"" + item.createdAt().toEpochMilli() + "\"");
    }

    @Test
    void an_item_slack_already_has_is_marked_not_posted_again() {
        Instant attempt = Instant.now();
        OutboxItem item = post();
        assertThat(courier.deliver(item)).isEqualTo(Delivery.delivered()); // ... and the instance died here

        assertThat(courier.deliver(again(item, attempt))).isEqualTo(Delivery.delivered());

        assertThat(api.calls("chat.postMessage")).hasSize(1);
        assertThat(api.calls("conversations.history")).singleElement().satisfies(call -> {
            assertThat(call.param("channel")).isEqualTo("D1");
            assertThat(call.param("include_all_metadata")).isEqualTo("true");
            assertThat(Double.parseDouble(call.param("oldest"))).isLessThanOrEqualTo(attempt.getEpochSecond());
        });
    }

    @Test
    void an_item_slack_does_not_have_is_posted_after_looking() {
        OutboxItem other = new OutboxItem(2, "slack", SlackCall.POST, "D1", post().payloadJson(), 0, Instant.now());
        courier.deliver(other);

        assertThat(courier.deliver(again(post(), Instant.now().minusSeconds(60)))).isEqualTo(Delivery.delivered());

        assertThat(api.calls("conversations.history")).hasSize(1);
        assertThat(api.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void a_first_attempt_posts_without_looking() {
        courier.deliver(post());

        assertThat(api.calls("conversations.history")).isEmpty();
    }

    @Test
    void in_a_thread_the_replies_are_read_back() {
        OutboxItem inThread = item(SlackCall.POST, SlackCall.post(SlackAddress.thread("C1", "1700000000.000001"),
                hello));
        courier.deliver(inThread);

        assertThat(courier.deliver(again(inThread, Instant.now()))).isEqualTo(Delivery.delivered());

        assertThat(api.calls("chat.postMessage")).hasSize(1);
        assertThat(api.calls("conversations.replies")).singleElement()
                .satisfies(call -> assertThat(call.param("ts")).isEqualTo("1700000000.000001"));
    }

    @Test
    void a_group_message_slack_already_has_is_found_in_the_group_dm() {
        OutboxItem group = item(SlackCall.OPEN_AND_POST, SlackCall.openAndPost(List.of("U1", "U2"), hello));
        courier.deliver(group);

        assertThat(courier.deliver(again(group, Instant.now()))).isEqualTo(Delivery.delivered());

        assertThat(api.calls("chat.postMessage")).hasSize(1);
        assertThat(api.calls("conversations.history").get(0).param("channel")).isEqualTo("G12");
    }

    @Test
    void when_slack_cannot_be_asked_the_item_waits_and_without_the_scope_it_is_posted() {
        api.failNext("conversations.history", 429, "9", "{\"ok\":false,\"error\":\"ratelimited\"}");
        api.failNext("conversations.history", 503, null, "down");
        api.failNext("conversations.history", 200, null, "{\"ok\":false,\"error\":\"missing_scope\"}");
        OutboxItem unsure = again(post(), Instant.now());

        assertThat(courier.deliver(unsure)).isEqualTo(new Delivery.RetryAfter(Duration.ofSeconds(9)));
        assertThat(courier.deliver(unsure)).isInstanceOf(Delivery.RetryLater.class);
        assertThat(api.calls("chat.postMessage")).isEmpty();
        assertThat(courier.deliver(unsure)).isEqualTo(Delivery.delivered());
        assertThat(api.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void a_handoff_message_slack_already_has_is_recorded_so_later_changes_rewrite_it() {
        OutboxItem summary = item(SlackCall.POST, SlackCall.post(SlackAddress.channel("D1"), hello)
                .showing(42, HandoffMessage.Audience.team().key()));
        courier.deliver(summary); // ... and the instance died before recording it
        List<String> recorded = new java.util.ArrayList<>();
        SlackCourier next = new SlackCourier(slack(), "xoxb-test", new NoHandoffMessages() {
            @Override
            public void posted(long handoffId, String platform, HandoffMessage.Audience audience,
                    String conversation, String message, String serviceUrl, Instant at) {
                recorded.add(handoffId + " " + audience.key() + " " + conversation + " " + message);
            }
        }, Clock.systemUTC());

        assertThat(next.deliver(again(summary, Instant.now()))).isEqualTo(Delivery.delivered());

        assertThat(api.calls("chat.postMessage")).hasSize(1);
        assertThat(recorded).singleElement().asString().matches("42 team D1 \\d+\\.\\d{6}");
    }
}
