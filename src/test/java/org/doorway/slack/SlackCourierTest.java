package org.doorway.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.doorway.conversation.Reply;
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
}
