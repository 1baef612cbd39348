package org.doorway.slack;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.doorway.conversation.Answer;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.TurnDelivery;
import org.doorway.conversation.Turns;
import org.doorway.inbox.Foreground;
import org.doorway.inbox.GroupCommit;
import org.doorway.inbox.InboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Slack's requests meet the conversation. On the request thread only
 * {@code accept} runs: the event is recorded in the inbox (batched with
 * others by {@link GroupCommit}), then its work is handed to the executor so
 * Slack gets its ack at once. A message or a click is durable: it waits in
 * the inbox until the turn pipeline ({@link Turns}) answers it in one unit of
 * work, even after a crash ({@link #redeliver}). Answers give way to acks
 * ({@link Foreground}). Thread-safe.
 */
public final class SlackInbox {
    /** Longer messages are cut: nobody describes a teaching problem in more, and the classifier need not read it. */
    static final int MAX_TEXT = 4000;
    /** How inbox keys of Slack events begin. */
    public static final String KEY_PREFIX = SlackReplies.PLATFORM + ":";
    private static final Logger log = LoggerFactory.getLogger(SlackInbox.class);

    private final GroupCommit recorder;
    private final Turns turns;
    private final SlackReplies replies;
    private final SlackDirectory directory;
    private final Executor executor;
    private final Foreground foreground;
    private final Clock clock;

    SlackInbox(GroupCommit recorder, Turns turns, SlackReplies replies, SlackDirectory directory, Executor executor,
            Foreground foreground, Clock clock) {
        this.recorder = recorder;
        this.turns = turns;
        this.replies = replies;
        this.directory = directory;
        this.executor = executor;
        this.foreground = foreground;
        this.clock = clock;
    }

    /** On the request thread: a message or a click, recorded once and answered after the ack; repeats do nothing. */
    boolean accept(String eventKey, SlackWork work) {
        SlackWork kept = work instanceof SlackWork.Message message && message.text().length() > MAX_TEXT
                ? new SlackWork.Message(message.where(), message.user(), message.text().substring(0, MAX_TEXT))
                : work;
        InboundEvent event = InboundEvent.durable(KEY_PREFIX + eventKey, clock.instant(), SlackWorkJson.write(kept));
        if (!recorder.record(event)) {
            log.debug("Slack event {} already taken; acknowledging the repeat only", eventKey);
            return false;
        }
        try {
            executor.execute(() -> answer(event, kept));
        } catch (RejectedExecutionException overloaded) {
            log.warn("Slack event {} waits in the inbox: the work queue is full, so it will be answered within a "
                    + "minute or two instead of at once", eventKey);
        }
        return true;
    }

    /**
     * On the request thread: an event whose work is not worth redoing after a
     * crash (a page view, a modal whose trigger expires in seconds), recorded
     * once and handed on; repeats do nothing.
     */
    boolean accept(String eventKey, Consumer<InboundEvent> work) {
        InboundEvent event = InboundEvent.once(KEY_PREFIX + eventKey, clock.instant());
        if (!recorder.record(event)) {
            log.debug("Slack event {} already taken; acknowledging the repeat only", eventKey);
            return false;
        }
        try {
            executor.execute(() -> {
                try {
                    work.accept(event);
                } catch (RuntimeException bug) {
                    log.error("Slack event {} failed after the ack", eventKey, bug);
                }
            });
            return true;
        } catch (RejectedExecutionException overloaded) {
            log.error("Slack event {} dropped: the work queue is full (Doorway is overloaded)", eventKey);
            return false;
        }
    }

    /** Answers an event that waited in the inbox too long; one that cannot be read is set aside. */
    public void redeliver(InboundEvent event) {
        SlackWork work;
        try {
            work = SlackWorkJson.read(event.work().orElseThrow());
        } catch (RuntimeException unreadable) {
            turns.setAsideUnread(event, "the Slack event's kept work cannot be read: " + unreadable.getMessage());
            return;
        }
        answer(event, work);
    }

    /** After the ack, once no ack is waiting: one turn for the work, unless it was answered already. */
    private void answer(InboundEvent event, SlackWork work) {
        foreground.giveWay();
        try {
            if (work instanceof SlackWork.Message message) {
                SlackAddress where = message.where().orElseGet(() -> directory.directChannel(message.user()));
                turns.take(event, new Inbound.Message(key(where, message.user()),
                        directory.displayName(message.user()), message.text()),
                        answer -> replies.send(where, answer.said()));
            } else if (work instanceof SlackWork.Choice choice) {
                turns.take(event, new Inbound.Action(key(choice.where(), choice.user()),
                        directory.displayName(choice.user()), choice.option()), chosen(choice));
            }
        } catch (RuntimeException failure) {
            log.error("Slack event {} could not be answered now; it stays in the inbox and will be tried again",
                    event.key(), failure);
        }
    }

    /** The clicked message loses its buttons in the unit of work that answers the click. */
    private TurnDelivery chosen(SlackWork.Choice choice) {
        return new TurnDelivery() {
            @Override
            public boolean claim() {
                choice.clicked().ifPresent(clicked -> replies.update(clicked.where(), clicked.ts(), clicked.text(),
                        clicked.blocksJson()));
                return true;
            }

            @Override
            public void send(Answer answer) {
                replies.send(choice.where(), answer.said());
            }
        };
    }

    private static ConversationKey key(SlackAddress where, String userId) {
        return new ConversationKey(SlackReplies.PLATFORM, userId, where.conversation());
    }
}
