package org.doorway.handoff;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorway.Transactions;
import org.doorway.intake.ConversationKey;
import org.doorway.intake.Reply;

/**
 * What technologists do, for the adapters to call: the handoff buttons
 * ({@code handoff:ack|pass|resolve:<id>}, see {@link HandoffOptions}) and the
 * availability commands. Only people on the roster may use them; a staff
 * member who clicks a technologist's button in a shared thread is told so and
 * nothing changes. The replies go back to the person who acted. Thread-safe.
 */
public final class TechnologistActions {
    private final Transactions transactions;
    private final Dispatcher dispatcher;
    private final HandoffSteps steps;

    TechnologistActions(Transactions transactions, Dispatcher dispatcher) {
        this.transactions = transactions;
        this.dispatcher = dispatcher;
        this.steps = new HandoffSteps(dispatcher);
    }

    /**
     * A click on a handoff button. {@code text} is the pass reason or the
     * outcome note when the adapter collected one (a modal, a reply), else empty.
     */
    public List<Reply> handle(ConversationKey who, String optionId, String text) {
        Optional<HandoffOptions.Click> click = HandoffOptions.parse(optionId);
        if (click.isEmpty()) {
            return List.of(Reply.Text.of("I don't recognise that button; it may be from an older version of Doorway."));
        }
        String note = text == null ? "" : text.strip();
        try {
            return List.of(transactions.inTransaction(() -> act(who, click.get(), note)));
        } catch (StaleHandoff meanwhile) {
            return List.of(Reply.Text.of("Someone changed this handoff at the same moment, so I did nothing. "
                    + "Try again if it still needs you."));
        }
    }

    /**
     * {@code available}, {@code busy} or {@code away} from a technologist (e.g.
     * {@code /doorway busy}). Empty when the text is none of these or the
     * person is not on the roster, so the conversation can take it instead.
     */
    public Optional<Reply> availabilityCommand(ConversationKey who, String text) {
        String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!word.equals("available") && !word.equals("busy") && !word.equals("away")) {
            return Optional.empty();
        }
        boolean available = word.equals("available");
        return transactions.inTransaction(() -> technologist(who).map(me -> setAvailable(me, available)));
    }

    /** The App Home switch. */
    public Reply setAvailable(ConversationKey who, boolean available) {
        return transactions.inTransaction(() -> technologist(who).map(me -> setAvailable(me, available))
                .orElseGet(TechnologistActions::notOnRoster));
    }

    private Reply setAvailable(Technologist me, boolean available) {
        dispatcher.roster.setAvailable(me.id(), available);
        return Reply.Text.of(available
                ? "You're available: I'll offer you handoffs during your working hours."
                : "You're marked unavailable: I won't offer you new handoffs until you say 'available'. "
                        + "The ones you already have stay with you.");
    }

    private Reply act(ConversationKey who, HandoffOptions.Click click, String note) {
        Optional<Technologist> me = technologist(who);
        if (me.isEmpty()) {
            return notOnRoster();
        }
        Optional<Handoff> handoff = dispatcher.handoffs.find(click.handoffId());
        if (handoff.isEmpty()) {
            return Reply.Text.of("I can't find that handoff any more.");
        }
        return switch (click.verb()) {
            case ACK -> steps.acknowledge(handoff.get(), me.get());
            case PASS -> steps.pass(handoff.get(), me.get(), note);
            case RESOLVE -> steps.resolve(handoff.get(), me.get(), note);
        };
    }

    private Optional<Technologist> technologist(ConversationKey who) {
        return dispatcher.roster.findByChatId(who.platform(), who.user());
    }

    private static Reply notOnRoster() {
        return Reply.Text.of("Only learning technologists on the roster can use these buttons. "
                + "If you should be one, ask an admin to add you.");
    }
}
