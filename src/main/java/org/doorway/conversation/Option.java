package org.doorway.conversation;

import java.util.Objects;
import java.util.Optional;

/**
 * A one-click choice. {@code id} comes back in {@link Inbound.Action};
 * {@code label} is shown. {@code primary} marks the suggested choice.
 * {@code click} says how a click on it is taken: once per message (a choice
 * in someone's own conversation), or every person's click, perhaps after
 * asking for a note (a technologist's button on a shared message). Adapters
 * read it here, or for an id that comes back from {@link FrontDesk#clickOf},
 * and never parse ids to decide.
 */
public record Option(String id, String label, boolean primary, Click click) {

    public Option {
        Objects.requireNonNull(click, "click");
    }

    public Option(String id, String label, boolean primary) {
        this(id, label, primary, Click.ONCE);
    }

    public static Option of(String id, String label) {
        return new Option(id, label, false);
    }

    public static Option primary(String id, String label) {
        return new Option(id, label, true);
    }

    /** This option, taken as every person's click, asking first for {@code note} when there is one. */
    public Option everyPerson(Optional<NotePrompt> note) {
        return new Option(id, label, primary, new Click.EveryPerson(note));
    }

    /** How a click on an option is taken. */
    public sealed interface Click {
        /** The first click on the message answers it; later ones (a double click, someone else) do nothing. */
        Click ONCE = new Once();

        /** A choice in someone's own conversation. */
        record Once() implements Click {}

        /** An action on a message others see too: every person's click counts; {@code note} is asked first. */
        record EveryPerson(Optional<NotePrompt> note) implements Click {}
    }

    /** The short, optional note an action asks for before it counts (a reason, an outcome). */
    public record NotePrompt(String title, String question, String submit) {}
}
