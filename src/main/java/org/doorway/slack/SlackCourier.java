package org.doorway.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.doorway.outbox.Courier;
import org.doorway.outbox.Delivery;
import org.doorway.outbox.OutboxItem;

/**
 * Delivers Slack outbox items through the Web API. HTTP 429 becomes
 * {@link Delivery.RetryAfter} with Slack's {@code Retry-After}; 5xx, timeouts
 * and I/O errors are retried with backoff; {@code ok:false} errors that no
 * retry can fix (channel_not_found, invalid_blocks …) fail the item.
 * Thread-safe (the SDK client is).
 */
public final class SlackCourier implements Courier {
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);
    /** {@code ok:false} errors that are Slack's trouble, not ours: worth another try. */
    private static final Set<String> TRANSIENT_ERRORS = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "ratelimited", "team_added_to_org");

    private final MethodsClient client;

    public SlackCourier(MethodsClient client) {
        this.client = client;
    }

    @Override
    public String platform() {
        return SlackReplies.PLATFORM;
    }

    @Override
    public Delivery deliver(OutboxItem item) {
        try {
            SlackCall call = SlackCall.fromJson(item.payloadJson());
            return switch (item.operation()) {
                case SlackCall.POST -> outcome(client.chatPostMessage(r -> r.channel(call.channel())
                        .threadTs(call.threadTs()).text(call.text()).blocksAsString(call.blocks())));
                case SlackCall.UPDATE -> outcome(client.chatUpdate(r -> r.channel(call.channel()).ts(call.ts())
                        .text(call.text()).blocksAsString(call.blocks())));
                case SlackCall.PUBLISH_HOME -> outcome(client.viewsPublish(r -> r.userId(call.userId())
                        .viewAsString(call.view())));
                case SlackCall.OPEN_AND_POST -> openAndPost(call);
                case SlackCall.EPHEMERAL -> outcome(client.chatPostEphemeral(r -> r.channel(call.channel())
                        .user(call.userId()).threadTs(call.threadTs()).text(call.text())
                        .blocksAsString(call.blocks())));
                default -> new Delivery.Failed("unknown Slack operation " + item.operation());
            };
        } catch (SlackApiException refused) {
            return outcome(refused);
        } catch (IOException network) {
            return new Delivery.RetryLater("network: " + network);
        } catch (org.doorway.DoorwayException corrupt) {
            return new Delivery.Failed(corrupt.getMessage());
        }
    }

    private Delivery openAndPost(SlackCall call) throws IOException, SlackApiException {
        ConversationsOpenResponse opened = client.conversationsOpen(r -> r.users(call.users()).returnIm(false));
        if (!opened.isOk()) {
            return outcome(opened);
        }
        String channel = opened.getChannel().getId();
        return outcome(client.chatPostMessage(r -> r.channel(channel).text(call.text())
                .blocksAsString(call.blocks())));
    }

    private static Delivery outcome(SlackApiTextResponse response) {
        if (response.isOk()) {
            return Delivery.delivered();
        }
        String error = response.getError();
        return TRANSIENT_ERRORS.contains(error) ? new Delivery.RetryLater("Slack error " + error)
                : new Delivery.Failed("Slack error " + error);
    }

    private static Delivery outcome(SlackApiException refused) {
        int status = refused.getResponse().code();
        if (status == 429) {
            return new Delivery.RetryAfter(retryAfter(refused.getResponse().header("Retry-After")));
        }
        if (status >= 500 || status == 408) {
            return new Delivery.RetryLater("HTTP " + status);
        }
        return new Delivery.Failed("HTTP " + status);
    }

    static Duration retryAfter(String header) {
        try {
            long seconds = Long.parseLong(header == null ? "" : header.trim());
            return seconds >= 0 ? Duration.ofSeconds(Math.min(seconds, 3600)) : DEFAULT_RETRY_AFTER;
        } catch (NumberFormatException missing) {
            return DEFAULT_RETRY_AFTER;
        }
    }
}
