package org.doorway.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place that decides whose an inbound is: an availability switch or
 * word goes to the {@link TechnologistDesk}; a click on an option goes to the
 * {@link OptionOwner} whose prefix its id starts with (the technologists' desk
 * for a handoff button, the reminders for a webinar's "Remind me"); everything
 * else to the {@link StaffDialogue}, with each owner's options added under its
 * suggestions. Adapters reach it through {@link Turns}, which calls
 * {@link #answer} inside the turn's unit of work. Thread-safe.
 */
public final class FrontDesk {
    private final StaffDialogue staff;
    private final TechnologistDesk technologists;
    private final List<OptionOwner> owners;

    /** {@code others} own options beside the technologists' (their prefixes differ from theirs and each other's). */
    public FrontDesk(StaffDialogue staff, TechnologistDesk technologists, OptionOwner... others) {
        this.staff = staff;
        this.technologists = technologists;
        List<OptionOwner> all = new ArrayList<>(List.of(others));
        all.add(0, technologists);
        this.owners = List.copyOf(all);
    }

    /**
     * Builds what answering {@code inbound} is slow to build the first time
     * (the staff dialogue's classifier index), outside any unit of work; a
     * click on an owner's option or an availability switch needs nothing built.
     */
    public void prepare(Inbound inbound) {
        if (!(inbound instanceof Inbound.AvailabilitySwitch) && owner(inbound).isEmpty()) {
            staff.prepare();
        }
    }

    /** How a click on the option {@code optionId} is taken: once per message, or every person's (with a note). */
    public Option.Click clickOf(String optionId) {
        return owner(optionId).map(owner -> owner.clickOf(optionId)).orElse(Option.Click.ONCE);
    }

    /** Why this click would be refused, changing nothing: asked before asking for a note. */
    public Optional<Reply> refusal(Inbound.Action action) {
        return owner(action.optionId()).flatMap(owner -> owner.refusal(action.key(), action.optionId()));
    }

    /** What the note this click asks for may be picked from (see {@link OptionOwner#noteChoices}); empty for free text. */
    public List<Option> noteChoices(Inbound.Action action) {
        return owner(action.optionId()).map(owner -> owner.noteChoices(action.key(), action.optionId()))
                .orElse(List.of());
    }

    /** The answer to one inbound; call inside a unit of work. */
    public Answer answer(Inbound inbound) {
        if (inbound instanceof Inbound.AvailabilitySwitch change) {
            return Answer.of(technologists.setAvailable(change.key(), change.available()));
        }
        Optional<OptionOwner> owner = owner(inbound);
        if (owner.isPresent()) {
            Inbound.Action action = (Inbound.Action) inbound;
            return owner.get().press(action);
        }
        if (inbound instanceof Inbound.Message message && message.text() != null) {
            Optional<Reply> availability = technologists.availabilityWord(message.key(), message.text());
            if (availability.isPresent()) {
                return Answer.of(availability.get());
            }
            Optional<Reply> awaited = owners.stream().map(waiting -> waiting.said(message.key(), message.text()))
                    .flatMap(Optional::stream).findFirst();
            if (awaited.isPresent()) {
                return Answer.of(awaited.get());
            }
        }
        return new Answer.Replies(staff.handle(inbound).stream().map(this::withOwnersOptions).toList());
    }

    private Reply withOwnersOptions(Reply reply) {
        if (!(reply instanceof Reply.Suggestions suggestions)) {
            return reply;
        }
        List<Option> extra = owners.stream().flatMap(owner -> owner.under(suggestions).stream()).toList();
        if (extra.isEmpty()) {
            return reply;
        }
        List<Option> actions = new ArrayList<>(suggestions.actions());
        actions.addAll(extra);
        return new Reply.Suggestions(suggestions.needName(), suggestions.intro(), suggestions.items(), actions);
    }

    /** The owner a click is for; empty for a message or a click on the staff dialogue's own options. */
    private Optional<OptionOwner> owner(Inbound inbound) {
        return inbound instanceof Inbound.Action action ? owner(action.optionId()) : Optional.empty();
    }

    private Optional<OptionOwner> owner(String optionId) {
        return optionId == null ? Optional.empty()
                : owners.stream().filter(owner -> optionId.startsWith(owner.prefix())).findFirst();
    }
}
