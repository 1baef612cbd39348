package org.doorway.slack;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.doorway.Transactions;
import org.doorway.intake.ConversationKey;
import org.doorway.intake.Inbound;
import org.doorway.intake.InboundEvents;
import org.doorway.intake.Intake;
import org.doorway.intake.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Slack's requests meet the conversation. On the request thread only
 * {@link #accept} runs: the de-duplication insert, then the work is handed to
 * the executor so Slack gets its ack at once. There, one unit of work runs the
 * dialogue and queues its replies, so the state change and the outgoing
 * messages commit together. A failing dialogue gets a short apology, never a
 * stack trace. Thread-safe.
 */
public final class SlackInbox {
    static final String APOLOGY = "Sorry — something went wrong on my side. Please try again in a minute, "
            + "or type 'talk to a person'.";
    /** Longer messages are cut: nobody describes a teaching problem in more, and the classifier need not read it. */
    static final int MAX_TEXT = 4000;
    private static final Logger log = LoggerFactory.getLogger(SlackInbox.class);

    private final InboundEvents events;
    private final Intake intake;
    private final Transactions transactions;
    private final SlackReplies replies;
    private final SlackDirectory directory;
    private final Executor executor;
    private final Clock clock;

    public SlackInbox(InboundEvents events, Intake intake, Transactions transactions, SlackReplies replies,
            SlackDirectory directory, Executor executor, Clock clock) {
        this.events = events;
        this.intake = intake;
        this.transactions = transactions;
        this.replies = replies;
        this.directory = directory;
        this.executor = executor;
        this.clock = clock;
    }

    /** On the request thread: true when the event is new and its work was handed on; repeats do nothing. */
    boolean accept(String eventKey, Runnable work) {
        if (!events.recordFirst(SlackReplies.PLATFORM + ":" + eventKey, clock.instant())) {
            log.debug("Slack event {} already taken; acknowledging the repeat only", eventKey);
            return false;
        }
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException bug) {
                    log.error("Slack event {} failed after the ack", eventKey, bug);
                }
            });
            return true;
        } catch (RejectedExecutionException overloaded) {
            log.error("Slack event {} dropped: the worker queue is full (Doorway is overloaded)", eventKey);
            return false;
        }
    }

    /** After the ack: someone wrote {@code text} in the conversation at {@code where}. */
    void message(SlackAddress where, String userId, String text) {
        ConversationKey key = key(where, userId);
        String cut = text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
        converse(where, new Inbound.Message(key, directory.displayName(userId), cut), Optional.empty());
    }

    /** After the ack: someone clicked the option {@code optionId} on {@code clicked}. */
    void action(SlackAddress where, String userId, String optionId, Optional<ClickedMessage> clicked) {
        converse(where, new Inbound.Action(key(where, userId), directory.displayName(userId), optionId), clicked);
    }

    private void converse(SlackAddress where, Inbound inbound, Optional<ClickedMessage> clicked) {
        try {
            transactions.run(() -> {
                clicked.ifPresent(this::markChosen);
                replies.send(where, intake.handle(inbound));
            });
        } catch (RuntimeException failure) {
            log.error("The conversation failed for Slack user {} in {}; sent an apology", inbound.key().user(),
                    where.conversation(), failure);
            transactions.run(() -> {
                clicked.ifPresent(this::markChosen);
                replies.send(where, List.of(Reply.Text.of(APOLOGY)));
            });
        }
    }

    private void markChosen(ClickedMessage clicked) {
        replies.update(clicked.where(), clicked.ts(), clicked.text(), clicked.blocksJson());
    }

    private static ConversationKey key(SlackAddress where, String userId) {
        return new ConversationKey(SlackReplies.PLATFORM, userId, where.conversation());
    }
}
