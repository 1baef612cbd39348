package org.doorway.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import java.io.IOException;
import org.doorway.Transactions;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Turns;
import org.doorway.inbox.InboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Home: published through the outbox when someone opens it or flips
 * their availability. The "New request" modal is opened directly instead,
 * because its trigger expires three seconds after the click. Runs after the
 * ack. Thread-safe.
 */
final class SlackHome {
    private static final Logger log = LoggerFactory.getLogger(SlackHome.class);

    private final HomeFacts facts;
    private final AppHomeView view = new AppHomeView();
    private final SlackReplies replies;
    private final Transactions transactions;
    private final Turns turns;
    private final MethodsClient client;

    SlackHome(HomeFacts facts, SlackReplies replies, Transactions transactions, Turns turns, MethodsClient client) {
        this.facts = facts;
        this.replies = replies;
        this.transactions = transactions;
        this.turns = turns;
        this.client = client;
    }

    void publish(String userId) {
        String json = view.json(facts.pageFor(userId));
        transactions.run(() -> replies.publishHome(userId, json));
    }

    /** The availability switch: one turn, whose answer is the page as it now reads. */
    void setAvailable(InboundEvent event, String userId, boolean available) {
        turns.take(event, new Inbound.AvailabilitySwitch(ConversationKey.person(SlackReplies.PLATFORM, userId), null,
                available), answer -> publish(userId));
    }

    void openNewRequest(String userId, String triggerId) {
        try {
            ViewsOpenResponse opened = client.viewsOpen(r -> r.triggerId(triggerId).view(NewRequestModal.view()));
            if (!opened.isOk()) {
                log.warn("views.open for {} answered {}; the New request modal did not open", userId,
                        opened.getError());
            }
        } catch (IOException | SlackApiException unavailable) {
            log.warn("views.open for {} failed ({}); the New request modal did not open", userId,
                    unavailable.getMessage());
        }
    }
}
