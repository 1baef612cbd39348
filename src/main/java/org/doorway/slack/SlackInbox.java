package org.doorway.slack;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.doorway.Transactions;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Reply;
import org.doorway.conversation.StaffDialogue;
import org.doorway.inbox.EventInbox;
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
 * the inbox until one unit of work marks it handled, runs the dialogue and
 * queues the replies, so the answer, the state change and the mark commit
 * together, once, even after a crash ({@link #redeliver}). Answers give way
 * to acks ({@link Foreground}). A failing dialogue
 * gets a short apology, never a stack trace. Thread-safe.
 */
public final class SlackInbox {
    static final String APOLOGY = "Sorry — something went wrong on my side. Please try again in a minute, "
            + "or type 'talk to a person'.";
    /** Longer messages are cut: nobody describes a teaching problem in more, and the classifier need not read it. */
    static final int MAX_TEXT = 4000;
    /** How inbox keys of Slack events begin. */
    public static final String KEY_PREFIX = SlackReplies.PLATFORM + ":";
    private static final Logger log = LoggerFactory.getLogger(SlackInbox.class);

    private final EventInbox events;
    private final GroupCommit recorder;
    private final StaffDialogue intake;
    private final Transactions transactions;
    private final SlackReplies replies;
    private final SlackDirectory directory;
    private final Executor executor;
    private final Foreground foreground;
    private final Clock clock;

    SlackInbox(EventInbox events, GroupCommit recorder, StaffDialogue intake, Transactions transactions,
            SlackReplies replies, SlackDirectory directory, Executor executor, Foreground foreground, Clock clock) {
        this.events = events;
        this.recorder = recorder;
        this.intake = intake;
        this.transactions = transactions;
        this.replies = replies;
        this.directory = directory;
        this.executor = executor;
        this.foreground = foreground;
        this.clock = clock;
    }

    /** On the request thread: a message or a click, recorded once and answered after the ack; repeats do nothing. */
    boolean accept(String eventKey, SlackWork work) {
        String key = KEY_PREFIX + eventKey;
        SlackWork kept = work instanceof SlackWork.Message message && message.text().length() > MAX_TEXT
                ? new SlackWork.Message(message.where(), message.user(), message.text().substring(0, MAX_TEXT))
                : work;
        if (!recorder.record(InboundEvent.durable(key, clock.instant(), SlackWorkJson.write(kept)))) {
            log.debug("Slack event {} already taken; acknowledging the repeat only", eventKey);
            return false;
        }
        try {
            executor.execute(() -> answer(key, kept));
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
    boolean accept(String eventKey, Runnable work) {
        if (!recorder.record(InboundEvent.once(KEY_PREFIX + eventKey, clock.instant()))) {
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
            log.error("Slack event {} dropped: the work queue is full (Doorway is overloaded)", eventKey);
            return false;
        }
    }

    /** Answers an event that waited in the inbox too long; one that cannot be read is set aside, and logged. */
    public void redeliver(InboundEvent event) {
        SlackWork work;
        try {
            work = SlackWorkJson.read(event.work().orElseThrow());
        } catch (RuntimeException unreadable) {
            log.warn("Slack event {} in the inbox cannot be read and is set aside unanswered: {}", event.key(),
                    unreadable.getMessage());
            events.markHandled(event.key(), clock.instant());
            return;
        }
        answer(event.key(), work);
    }

    /** After the ack, once no ack is waiting: runs the conversation for the work, unless it was answered already. */
    private void answer(String key, SlackWork work) {
        foreground.giveWay();
        try {
            intake.prepare();
            if (work instanceof SlackWork.Message message) {
                SlackAddress where = message.where().orElseGet(() -> directory.directChannel(message.user()));
                converse(key, where, new Inbound.Message(key(where, message.user()),
                        directory.displayName(message.user()), message.text()), Optional.empty());
            } else if (work instanceof SlackWork.Choice choice) {
                converse(key, choice.where(), new Inbound.Action(key(choice.where(), choice.user()),
                        directory.displayName(choice.user()), choice.option()), choice.clicked());
            }
        } catch (RuntimeException failure) {
            log.error("Slack event {} could not be answered now; it stays in the inbox and will be tried again",
                    key, failure);
        }
    }

    private void converse(String key, SlackAddress where, Inbound inbound, Optional<ClickedMessage> clicked) {
        try {
            transactions.run(() -> {
                if (events.markHandled(key, clock.instant())) {
                    clicked.ifPresent(this::markChosen);
                    replies.send(where, intake.handle(inbound));
                }
            });
        } catch (RuntimeException failure) {
            log.error("The conversation failed for Slack user {} in {}; sent an apology", inbound.key().user(),
                    where.conversation(), failure);
            transactions.run(() -> {
                if (events.markHandled(key, clock.instant())) {
                    clicked.ifPresent(this::markChosen);
                    replies.send(where, List.of(Reply.Text.of(APOLOGY)));
                }
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
