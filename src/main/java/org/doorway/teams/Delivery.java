package org.doorway.teams;

import java.time.Duration;

/**
 * The outcome of one delivery, in the shape of the outbox's courier results
 * (Delivered | RetryAfter | Failed), so plugging {@link TeamsCourier} into the
 * shared outbox is a mapping of three cases.
 */
public sealed interface Delivery {
    record Delivered(String activityId) implements Delivery {}

    record RetryAfter(Duration after, String reason) implements Delivery {}

    record Failed(String reason) implements Delivery {}
}
