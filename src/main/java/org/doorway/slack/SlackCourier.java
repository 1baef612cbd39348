package org.doorway.slack;

import com.slack.api.Slack;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doorway.handoff.HandoffMessage;
import org.doorway.handoff.HandoffMessages;
import org.doorway.outbox.Courier;
import org.doorway.outbox.Delivery;
import org.doorway.outbox.OutboxItem;

/**
 * Delivers Slack outbox items through the Web API. HTTP 429 becomes
 * {@link Delivery.RetryAfter} with Slack's {@code Retry-After}; 5xx, timeouts
 * and I/O errors are retried with backoff; {@code ok:false} errors that no
 * retry can fix (channel_not_found, invalid_blocks …) fail the item.
 * Null fields are left out of the call. A posted message carries its outbox
 * item in its metadata, so that a repeat after an unrecorded attempt is found
 * and marked instead ({@link PostedBefore}); ephemeral messages cannot be read
 * back, and are posted again in that case. A posted message that shows a
 * handoff's buttons is recorded ({@link HandoffMessages}); a handoff refresh
 * rewrites each recorded message once, marking each as it goes, so a retry
 * after a failure midway rewrites only those still behind.
 * Thread-safe (the SDK's HTTP client is).
 */
public final class SlackCourier implements Courier {
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);
    /** {@code ok:false} errors that are Slack's trouble, not ours: worth another try. */
    static final Set<String> TRANSIENT_ERRORS = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "ratelimited", "team_added_to_org");

    private final SlackWebApi api;
    private final HandoffMessages handoffMessages;
    private final Clock clock;
    private final PostedBefore postedBefore;

    public SlackCourier(Slack slack, String botToken, HandoffMessages handoffMessages, Clock clock) {
        this.api = new SlackWebApi(slack, botToken);
        this.handoffMessages = handoffMessages;
        this.clock = clock;
        this.postedBefore = new PostedBefore(api);
    }

    @Override
    public String platform() {
        return SlackReplies.PLATFORM;
    }

    @Override
    public Delivery deliver(OutboxItem item) {
        try {
            if (item.operation().equals(SlackHandoffRefresh.OPERATION)) {
                return refresh(SlackHandoffRefresh.fromJson(item.payloadJson()));
            }
            SlackCall call = SlackCall.fromJson(item.payloadJson());
            return switch (item.operation()) {
                case SlackCall.POST -> post(item, call.channel(), call);
                case SlackCall.UPDATE -> {
                    Map<String, String> form = message(call.channel(), call);
                    form.put("ts", call.ts());
                    form.remove("thread_ts");
                    yield outcome(api.call("chat.update", form));
                }
                case SlackCall.PUBLISH_HOME -> outcome(api.call("views.publish",
                        Map.of("user_id", call.userId(), "view", call.view())));
                case SlackCall.OPEN_AND_POST -> openAndPost(item, call);
                case SlackCall.EPHEMERAL -> {
                    Map<String, String> form = message(call.channel(), call);
                    form.put("user", call.userId());
                    yield outcome(api.call("chat.postEphemeral", form));
                }
                default -> new Delivery.Failed("unknown Slack operation " + item.operation());
            };
        } catch (IOException network) {
            return new Delivery.RetryLater("network: " + network);
        } catch (org.doorway.DoorwayException corrupt) {
            return new Delivery.Failed(corrupt.getMessage());
        }
    }

    /** Posts with the item in the message's metadata, unless Slack already has it from an unrecorded attempt. */
    private Delivery post(OutboxItem item, String channel, SlackCall call) throws IOException {
        Optional<PostedBefore.Earlier> earlier = postedBefore.check(item, channel, call.threadTs());
        if (earlier.isPresent() && earlier.get() instanceof PostedBefore.Earlier.CannotTell cannotTell) {
            return cannotTell.retry();
        }
        if (earlier.isPresent() && earlier.get() instanceof PostedBefore.Earlier.Found found) {
            record(call, channel, found.ts());
            return Delivery.delivered();
        }
        Map<String, String> form = message(channel, call);
        form.put("metadata", PostedBefore.metadata(item));
        return posted(call, channel, api.call("chat.postMessage", form));
    }

    /** conversations.open is idempotent: it finds the group DM an earlier attempt opened. */
    private Delivery openAndPost(OutboxItem item, SlackCall call) throws IOException {
        SlackWebApi.Answer opened = api.call("conversations.open", Map.of("users", String.join(",", call.users()),
                "return_im", "false"));
        if (opened.status() != 200 || !opened.ok()) {
            return outcome(opened);
        }
        return post(item, opened.body().path("channel").path("id").asText(), call);
    }

    /** The outcome of a post; one showing a handoff's buttons is recorded where Slack put it. */
    private Delivery posted(SlackCall call, String channel, SlackWebApi.Answer answer) {
        Delivery delivery = outcome(answer);
        if (delivery instanceof Delivery.Delivered) {
            record(call, answer.body().path("channel").asText(channel), answer.body().path("ts").asText());
        }
        return delivery;
    }

    /** A message showing a handoff's buttons, kept for later rewrites (recording it twice keeps one). */
    private void record(SlackCall call, String channel, String ts) {
        if (call.handoff() != null) {
            handoffMessages.posted(call.handoff(), SlackReplies.PLATFORM, HandoffMessage.Audience.parse(call.audience()),
                    channel, ts, null, clock.instant());
        }
    }

    private Delivery refresh(SlackHandoffRefresh refresh) throws IOException {
        for (HandoffMessage message : handoffMessages.of(refresh.handoffId(), SlackReplies.PLATFORM)) {
            if (message.shownVersion() >= refresh.version()) {
                continue;
            }
            JsonNode rendered = refresh.forAudience(message.audience());
            Delivery updated = outcome(api.call("chat.update", Map.of("channel", message.conversation(),
                    "ts", message.message(), "text", rendered.path("text").asText(),
                    "blocks", rendered.path("blocks").asText())));
            if (updated instanceof Delivery.RetryAfter || updated instanceof Delivery.RetryLater) {
                return updated;
            }
            // A message someone deleted cannot show the change: it is not tried again.
            handoffMessages.shown(message.id(), refresh.version());
        }
        return Delivery.delivered();
    }

    private static Map<String, String> message(String channel, SlackCall call) {
        Map<String, String> form = new HashMap<>();
        form.put("channel", channel);
        form.put("thread_ts", call.threadTs());
        form.put("text", call.text());
        form.put("blocks", call.blocks());
        return form;
    }

    private static Delivery outcome(SlackWebApi.Answer answer) {
        int status = answer.status();
        if (status == 429) {
            return new Delivery.RetryAfter(retryAfter(answer.retryAfter()));
        }
        if (status >= 500 || status == 408) {
            return new Delivery.RetryLater("HTTP " + status);
        }
        if (status != 200) {
            return new Delivery.Failed("HTTP " + status);
        }
        if (answer.ok()) {
            return Delivery.delivered();
        }
        String error = answer.error();
        return TRANSIENT_ERRORS.contains(error) ? new Delivery.RetryLater("Slack error " + error)
                : new Delivery.Failed("Slack error " + error);
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
