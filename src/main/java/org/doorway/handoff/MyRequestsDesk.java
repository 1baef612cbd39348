package org.doorway.handoff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorway.Transactions;
import org.doorway.conversation.Answer;
import org.doorway.conversation.ButtonOutcome;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Option;
import org.doorway.conversation.OptionOwner;
import org.doorway.conversation.Reply;

/**
 * The lists and the staff member's buttons, reached through the front desk:
 * typed {@code queue} (a technologist's open requests, each with its
 * buttons), typed {@code my requests} (a staff member's, each with "Add
 * information" and "Sorted, thanks"), and the information a staff member
 * writes after pressing "Add information" where no form asked for it. Joins
 * the caller's unit of work. Thread-safe.
 */
public final class MyRequestsDesk implements OptionOwner {
    private static final List<String> QUEUE_WORDS = List.of("queue", "my queue");
    private static final List<String> REQUEST_WORDS = List.of("my requests", "my request", "requests");

    private final Transactions transactions;
    private final MyQueue queue;
    private final StaffRequests staff;
    private final Roster roster;
    private final AwaitedAdditions awaited;
    private final Clock clock;

    MyRequestsDesk(Transactions transactions, MyQueue queue, StaffRequests staff, Roster roster,
            AwaitedAdditions awaited, Clock clock) {
        this.transactions = transactions;
        this.queue = queue;
        this.staff = staff;
        this.roster = roster;
        this.awaited = awaited;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return StaffOptions.PREFIX;
    }

    @Override
    public Option.Click clickOf(String optionId) {
        return StaffOptions.clickOf(optionId);
    }

    @Override
    public Optional<Reply> refusal(ConversationKey who, String optionId) {
        Optional<StaffOptions.Click> click = StaffOptions.parse(optionId);
        if (click.isEmpty()) {
            return Optional.of(Reply.Text.of("I don't recognise that button; it may be from an older Doorway."));
        }
        return staff.refusal(who, staff.find(click.get().handoffId())).map(Reply.Text::of);
    }

    @Override
    public Answer press(ConversationKey who, String optionId, String note) {
        Optional<StaffOptions.Click> click = StaffOptions.parse(optionId);
        if (click.isEmpty()) {
            return ButtonOutcome.unchanged("I don't recognise that button; it may be from an older Doorway.");
        }
        String text = note == null ? "" : note.strip();
        return transactions.inTransaction(() -> switch (click.get().verb()) {
            case ADD -> staff.add(who, click.get().handoffId(), text);
            case CLOSE -> staff.close(who, click.get().handoffId());
        });
    }

    @Override
    public Optional<Reply> said(ConversationKey who, String text) {
        String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!?]+$", "");
        if (QUEUE_WORDS.contains(words)) {
            return Optional.of(queueFor(who));
        }
        if (REQUEST_WORDS.contains(words)) {
            return Optional.of(requestsOf(who));
        }
        return awaited.take(who.platform(), who.user(), clock.instant())
                .map(handoffId -> staff.add(who, handoffId, text).answer());
    }

    /** The technologist's queue as one message of cards, or a kind word to someone not on the roster. */
    public Reply queueFor(ConversationKey who) {
        Optional<Technologist> me = roster.findByChatId(who.platform(), who.user());
        if (me.isEmpty()) {
            return Reply.Text.of("The queue is where learning technologists see the requests they have, and you're "
                    + "not on the roster. To see your own requests, type 'my requests'.");
        }
        List<QueueLine> lines = queue.of(me.get().id());
        if (lines.isEmpty()) {
            return Reply.Text.of("Your queue is empty: nothing is offered to you or waiting with you.");
        }
        List<Reply.HandoffSummary> cards = new ArrayList<>();
        lines.forEach(line -> cards.add(queue.cardForTechnologist(line, me.get().id())));
        return new Reply.Listing("Your queue: " + lines.size() + " open request" + (lines.size() == 1 ? "" : "s")
                + ", urgent first, then the oldest.", cards);
    }

    /** The staff member's open requests, each with its buttons. */
    public Reply requestsOf(ConversationKey who) {
        List<QueueLine> lines = queue.requestsOf(who);
        if (lines.isEmpty()) {
            return Reply.Text.of("You have no open requests with a learning technologist. Tell me about a teaching "
                    + "problem and I'll help, or put you in touch with someone.");
        }
        return new Reply.Listing("Your open request" + (lines.size() == 1 ? "" : "s") + " with a learning "
                + "technologist, newest first:", lines.stream().map(queue::cardForStaff).toList());
    }
}
