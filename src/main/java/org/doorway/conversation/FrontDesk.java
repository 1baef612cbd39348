package org.doorway.conversation;

import java.util.Optional;

/**
 * The one place that decides whose an inbound is: a technologist's button or
 * availability goes to the {@link TechnologistDesk}, everything else to the
 * {@link StaffDialogue}. Adapters reach it through {@link Turns}, which calls
 * {@link #answer} inside the turn's unit of work. Thread-safe.
 */
public final class FrontDesk {
    private final StaffDialogue staff;
    private final TechnologistDesk technologists;

    public FrontDesk(StaffDialogue staff, TechnologistDesk technologists) {
        this.staff = staff;
        this.technologists = technologists;
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
        }
        return new Answer.Replies(staff.handle(inbound));
    }

    /** A click on one of the technologists' buttons. */
    private boolean technologists(Inbound inbound) {
        return inbound instanceof Inbound.Action action && technologists.clickOf(action.optionId()).isPresent();
    }
}
