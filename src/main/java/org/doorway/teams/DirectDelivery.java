package org.doorway.teams;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers at once, once, and logs what failed: the stop-gap until Teams
 * deliveries go through the shared outbox, which retries on 429, 5xx and
 * timeouts.
 */
public final class DirectDelivery implements TeamsOutgoing {
    private static final Logger log = LoggerFactory.getLogger(DirectDelivery.class);

    private final TeamsCourier courier;

    public DirectDelivery(TeamsCourier courier) {
        this.courier = courier;
    }

    @Override
    public void send(TeamsDelivery delivery) {
        Delivery outcome = courier.deliver(delivery);
        if (outcome instanceof Delivery.RetryAfter retry) {
            log.warn("Teams delivery to a conversation not done ({}); it would succeed after {}",
                    retry.reason(), retry.after());
        } else if (outcome instanceof Delivery.Failed failed) {
            log.warn("Teams delivery refused: {}", failed.reason());
        }
    }
}
