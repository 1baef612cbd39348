package org.doorway.teams.connector;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/** What became of one call to the Bot Connector. */
public sealed interface ConnectorResult {

    /** Done; {@code id} is the new activity's or conversation's id (empty when the service sent none). */
    record Sent(String id) implements ConnectorResult {}

    /** A read answered: {@code body} is what the service sent (a member of a conversation). */
    record Read(JsonNode body) implements ConnectorResult {}

    /** Throttled (429), or a server error that named its wait: the same call may succeed after {@code after}. */
    record RetryAfter(Duration after, String reason) implements ConnectorResult {}

    /** A server error, timeout, network failure or refused token: worth another try after a backoff. */
    record RetryLater(String reason) implements ConnectorResult {}

    /** Refused for good (blocked by the user, unknown conversation, bad request): do not retry. */
    record Failed(int status, String reason) implements ConnectorResult {}
}
