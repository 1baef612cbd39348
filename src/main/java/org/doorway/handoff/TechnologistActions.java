package org.doorway.handoff;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorway.Transactions;
import org.doorway.conversation.ButtonOutcome;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.TechnologistDesk;

/**
 * The technologists' desk: the handoff buttons
 * ({@code handoff:ack|pass|resolve:<id>}, see {@link HandoffOptions}) and the
 * availability words and switch, reached through the conversation's front
 * desk. Only people on the roster may use them; a staff
 * member who clicks a technologist's button in a shared thread is told so and
 * nothing changes. The replies go back to the person who acted. Thread-safe.
 */
public final class TechnologistActions implements TechnologistDesk {
    private static final String UNKNOWN_BUTTON =
            "I don't recognise that button; it may be from an older version of Doorway.";
    private static final String NOT_FOUND = "I can't find that handoff any more.";
    private static final Reply NOT_A_TECHNOLOGIST = Reply.Text.of("'available', 'busy' and 'away' are how "
            + "learning technologists set their availability, and you're not on the roster, so nothing changed. "
            + "If you'd like help with teaching, tell me about it in a sentence or two.");

    private final Transactions transactions;
    private final Roster roster;
    private final Handoffs handoffs;
    private final HandoffSteps steps;

    TechnologistActions(Transactions transactions, Roster roster, Handoffs handoffs,
            HandoffSteps steps) {
        this.transactions = transactions;
        this.roster = roster;
        this.handoffs = handoffs;
        this.steps = steps;
    }

    @Override
    public String prefix() {
        return HandoffOptions.PREFIX;
    }

    @Override
    public Option.Click clickOf(String optionId) {
        return HandoffOptions.clickOf(optionId).orElse(new Option.Click.EveryPerson(Optional.empty()));
    }

    /**
     * A click on a handoff button, joining the caller's unit of work (or in
     * one of its own). {@code note} is the pass reason or the outcome note when
     * the adapter collected one, else empty. When someone changed the handoff
     * meanwhile, {@link StaleHandoff} rolls the whole unit back and the turn is
     * taken again on what now stands.
     */
    @Override
    public ButtonOutcome press(ConversationKey who, String optionId, String note) {
        Optional<HandoffOptions.Click> click = HandoffOptions.parse(optionId);
        if (click.isEmpty()) {
            return ButtonOutcome.unchanged(UNKNOWN_BUTTON);
        }
        String cleaned = note == null ? "" : note.strip();
        return transactions.inTransaction(() -> act(who, click.get(), cleaned));
    }

    /**
     * Why this person cannot use this button now, changing nothing; empty when
     * they can. Lets an adapter refuse before asking for a note (a modal) that
     * would only be refused afterwards.
     */
    @Override
    public Optional<Reply> refusal(ConversationKey who, String optionId) {
        Optional<HandoffOptions.Click> click = HandoffOptions.parse(optionId);
        if (click.isEmpty()) {
            return Optional.of(Reply.Text.of(UNKNOWN_BUTTON));
        }
        Optional<Handoff> handoff = handoffs.find(click.get().handoffId());
        if (handoff.isEmpty()) {
            return Optional.of(Reply.Text.of(NOT_FOUND));
        }
        if (technologist(who).isEmpty()) {
            return Optional.of(notOnRoster(who, handoff.get()));
        }
        boolean mine = handoff.get().heldBy(technologist(who).get().id());
        if (click.get().verb() != HandoffOptions.Verb.ACK && !mine) {
            return Optional.of(steps.notYours(handoff.get()).answer());
        }
        return Optional.empty();
    }

    /** For "Transfer to…" from the holder: the colleagues to pick from, those free now first. */
    @Override
    public List<Option> noteChoices(ConversationKey who, String optionId) {
        return HandoffOptions.parse(optionId).filter(click -> click.verb() == HandoffOptions.Verb.TRANSFER)
                .flatMap(click -> technologist(who)).map(steps::colleagues).orElse(List.of());
    }

    /**
     * {@code available}, {@code busy} or {@code away} from a technologist (e.g.
     * {@code /doorway busy}). Empty when the text is none of these, so the
     * conversation takes it. From someone not on the roster the one word is
     * no teaching problem either: they get a kind word and nothing changes.
     */
    @Override
    public Optional<Reply> availabilityWord(ConversationKey who, String text) {
        String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!word.equals("available") && !word.equals("busy") && !word.equals("away")) {
            return Optional.empty();
        }
        boolean available = word.equals("available");
        return Optional.of(transactions.inTransaction(() -> technologist(who).map(me -> setAvailable(me, available))
                .orElse(NOT_A_TECHNOLOGIST)));
    }

    /** The App Home switch. */
    @Override
    public Reply setAvailable(ConversationKey who, boolean available) {
        return transactions.inTransaction(() -> technologist(who).map(me -> setAvailable(me, available))
                .orElseGet(TechnologistActions::notOnRoster));
    }

    private Reply setAvailable(Technologist me, boolean available) {
        roster.setAvailable(me.id(), available);
        return Reply.Text.of(available
                ? "You're available: I'll offer you handoffs during your working hours."
                : "You're marked unavailable: I won't offer you new handoffs until you say 'available'. "
                        + "The ones you already have stay with you.");
    }

    private ButtonOutcome act(ConversationKey who, HandoffOptions.Click click, String note) {
        Optional<Handoff> handoff = handoffs.find(click.handoffId());
        if (handoff.isEmpty()) {
            return ButtonOutcome.unchanged(NOT_FOUND);
        }
        Optional<Technologist> me = technologist(who);
        if (me.isEmpty()) {
            return new ButtonOutcome(notOnRoster(who, handoff.get()), Optional.empty());
        }
        return switch (click.verb()) {
            case ACK -> steps.acknowledge(handoff.get(), me.get(), click.token());
            case PASS -> steps.pass(handoff.get(), me.get(), note);
            case RESOLVE -> steps.resolve(handoff.get(), me.get(), note);
            case TRANSFER -> steps.transfer(handoff.get(), me.get(), note);
        };
    }

    private Optional<Technologist> technologist(ConversationKey who) {
        return roster.findByChatId(who.platform(), who.user());
    }

    /** The staff member in their own thread is told kindly that the buttons are the technologist's. */
    private static Reply notOnRoster(ConversationKey who, Handoff handoff) {
        ConversationKey staff = handoff.request().staff();
        if (staff.platform().equals(who.platform()) && staff.user().equals(who.user())) {
            return Reply.Text.of("Those buttons are for the learning technologist, so nothing has changed. "
                    + "They'll reply to you here.");
        }
        return notOnRoster();
    }

    private static Reply notOnRoster() {
        return Reply.Text.of("Only learning technologists on the roster can use these buttons. "
                + "If you should be one, ask an admin to add you.");
    }
}
