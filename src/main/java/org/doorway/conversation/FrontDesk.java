package org.doorway.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place that decides whose an inbound is: a technologist's button or
 * availability goes to the {@link TechnologistDesk}, everything else to the
 * {@link StaffDialogue}; a {@link SideDesk}'s options (a webinar's "Remind me")
 * go to it. Adapters reach it through {@link Turns}, which calls
 * {@link #answer} inside the turn's unit of work. Thread-safe.
 */
public final class FrontDesk {
    private final StaffDialogue staff;
    private final TechnologistDesk technologists;
    private final SideDesk side;

    public FrontDesk(StaffDialogue staff, TechnologistDesk technologists) {
        this(staff, technologists, SideDesk.NONE);
    }

    public FrontDesk(StaffDialogue staff, TechnologistDesk technologists, SideDesk side) {
        this.staff = staff;
        this.technologists = technologists;
        this.side = side;
    }

    /**
     * Builds what answering {@code inbound} is slow to build the first time
     * (the staff dialogue's classifier index), outside any unit of work; a
     * technologist's click or switch needs nothing built.
     */
    public void prepare(Inbound inbound) {
        if (!(inbound instanceof Inbound.AvailabilitySwitch) && !technologists(inbound)) {
            staff.prepare();
        }
    }

    /** How a click on the option {@code optionId} is taken: once per message, or every person's (with a note). */
    public Option.Click clickOf(String optionId) {
        if (side.owns(optionId)) {
            return side.clickOf(optionId);
        }
        return technologists.clickOf(optionId).orElse(Option.Click.ONCE);
    }

    /** Why this click would be refused, changing nothing: asked before asking for a note. */
    public Optional<Reply> refusal(Inbound.Action action) {
        return technologists.clickOf(action.optionId()).isPresent()
                ? technologists.refusal(action.key(), action.optionId()) : Optional.empty();
    }

    /** The answer to one inbound; call inside a unit of work. */
    public Answer answer(Inbound inbound) {
        if (inbound instanceof Inbound.AvailabilitySwitch change) {
            return Answer.of(technologists.setAvailable(change.key(), change.available()));
        }
        if (technologists(inbound)) {
            Inbound.Action action = (Inbound.Action) inbound;
            return technologists.press(action.key(), action.optionId(), action.note());
        }
        if (inbound instanceof Inbound.Message message && message.text() != null) {
            Optional<Reply> availability = technologists.availabilityWord(message.key(), message.text());
            if (availability.isPresent()) {
                return Answer.of(availability.get());
            }
            Optional<Reply> awaited = side.said(message.key(), message.text());
            if (awaited.isPresent()) {
                return Answer.of(awaited.get());
            }
        }
        if (inbound instanceof Inbound.Action action && side.owns(action.optionId())) {
            return Answer.of(side.press(action));
        }
        return new Answer.Replies(staff.handle(inbound).stream().map(this::withSideOptions).toList());
    }

    private Reply withSideOptions(Reply reply) {
        if (!(reply instanceof Reply.Suggestions suggestions)) {
            return reply;
        }
        List<Option> extra = side.under(suggestions);
        if (extra.isEmpty()) {
            return reply;
        }
        List<Option> actions = new ArrayList<>(suggestions.actions());
        actions.addAll(extra);
        return new Reply.Suggestions(suggestions.needName(), suggestions.intro(), suggestions.items(), actions);
    }

    /** A click on one of the technologists' buttons. */
    private boolean technologists(Inbound inbound) {
        return inbound instanceof Inbound.Action action && technologists.clickOf(action.optionId()).isPresent();
    }
}
