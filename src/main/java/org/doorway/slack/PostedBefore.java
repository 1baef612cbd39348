package org.doorway.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.doorway.outbox.Delivery;
import org.doorway.outbox.OutboxItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly once across a crash between Slack's answer and the outbox's mark:
 * every message Doorway posts carries its outbox item in Slack's message
 * {@code metadata}, and before posting an item that an earlier attempt may
 * have delivered unrecorded ({@link OutboxItem#unsureSince}), the
 * conversation's messages since that attempt are read back
 * ({@code conversations.history}, or {@code conversations.replies} in a
 * thread, with {@code include_all_metadata}) and the item is marked, not
 * posted, when it is there. Needs the {@code *:history} scope of the
 * conversation's kind; without it the item is posted as before (at least
 * once), with a warning. Thread-safe.
 */
final class PostedBefore {
    private static final Logger log = LoggerFactory.getLogger(PostedBefore.class);
    static final String EVENT_TYPE = "doorway_outbox_item";
    /** Looks this far before the attempt, for a difference between our clock and Slack's. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final int MAX_PAGES = 10;

    private final SlackWebApi api;

    PostedBefore(SlackWebApi api) {
        this.api = api;
    }

    /** The {@code metadata} form field that names {@code item} in the message it posts. */
    static String metadata(OutboxItem item) {
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        metadata.put("event_type", EVENT_TYPE);
        ObjectNode payload = metadata.putObject("event_payload");
        payload.put("item", Long.toString(item.id()));
        payload.put("queued_at", Long.toString(item.createdAt().toEpochMilli()));
        return metadata.toString();
    }

    /** What an earlier attempt left behind: the message Slack has, or no way to tell yet. */
    sealed interface Earlier {
        /** Slack has the message, at {@code ts}: mark the item delivered, record the message, post nothing. */
        record Found(String ts) implements Earlier {
        }

        /** Slack could not be asked now: record {@code retry}, post nothing yet. */
        record CannotTell(Delivery retry) implements Earlier {
        }
    }

    /**
     * Empty when {@code item} must be posted (no earlier attempt can have
     * delivered it, or Slack does not have it); otherwise what the earlier attempt left.
     */
    Optional<Earlier> check(OutboxItem item, String channel, String threadTs) throws IOException {
        if (item.unsureSince().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> form = new HashMap<>();
        form.put("channel", channel);
        form.put("oldest", slackTs(item.unsureSince().get().minus(CLOCK_SKEW)));
        form.put("inclusive", "true");
        form.put("include_all_metadata", "true");
        form.put("limit", "200");
        String method = "conversations.history";
        if (threadTs != null) {
            method = "conversations.replies";
            form.put("ts", threadTs);
        }
        for (int page = 0; page < MAX_PAGES; page++) {
            SlackWebApi.Answer answer = api.call(method, form);
            if (answer.status() != 200 || !answer.ok()) {
                return cannotTell(item, method, answer);
            }
            for (JsonNode message : answer.body().path("messages")) {
                if (names(message.path("metadata"), item)) {
                    log.info("{} was posted before its instance could record it; marking it, not posting it again",
                            item.describe());
                    return Optional.of(new Earlier.Found(message.path("ts").asText()));
                }
            }
            String cursor = answer.body().path("response_metadata").path("next_cursor").asText("");
            if (!answer.body().path("has_more").asBoolean(false) || cursor.isEmpty()) {
                return Optional.empty();
            }
            form.put("cursor", cursor);
        }
        return Optional.empty();
    }

    private static boolean names(JsonNode metadata, OutboxItem item) {
        JsonNode payload = metadata.path("event_payload");
        return EVENT_TYPE.equals(metadata.path("event_type").asText())
                && Long.toString(item.id()).equals(payload.path("item").asText())
                && Long.toString(item.createdAt().toEpochMilli()).equals(payload.path("queued_at").asText());
    }

    /** Slack busy or down: ask again later. Refused for good (a missing scope): post, at least once. */
    private static Optional<Earlier> cannotTell(OutboxItem item, String method, SlackWebApi.Answer answer) {
        if (answer.status() == 429) {
            return Optional.of(new Earlier.CannotTell(
                    new Delivery.RetryAfter(SlackCourier.retryAfter(answer.retryAfter()))));
        }
        if (answer.status() >= 500 || answer.status() == 408) {
            return Optional.of(new Earlier.CannotTell(new Delivery.RetryLater(method + " HTTP " + answer.status())));
        }
        if (answer.status() == 200 && SlackCourier.TRANSIENT_ERRORS.contains(answer.error())) {
            return Optional.of(new Earlier.CannotTell(
                    new Delivery.RetryLater(method + " Slack error " + answer.error())));
        }
        log.warn("Could not check whether {} was already posted ({} said {}); posting it, so it may appear twice. "
                + "Give the Slack app the im:history, mpim:history and channels:history scopes (see "
                + "manifests/slack/manifest.yml) so Doorway can check", item.describe(), method,
                answer.status() == 200 ? answer.error() : "HTTP " + answer.status());
        return Optional.empty();
    }

    /** Slack's timestamp format: seconds, a dot, microseconds. */
    static String slackTs(Instant at) {
        return at.getEpochSecond() + "." + String.format("%06d", at.getNano() / 1000);
    }
}
