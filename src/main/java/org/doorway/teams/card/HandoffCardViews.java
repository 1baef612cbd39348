package org.doorway.teams.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.doorway.conversation.Option;

/**
 * What one technologist sees of a handoff summary after clicking one of its
 * {@code Action.Execute} buttons. Teams shows the card in an invoke's answer
 * to the clicking person alone (in a channel too), so these views are
 * private: the note form (a line of text, or a colleague to pick) and the
 * answer once the click counted. Each carries a {@code refresh} for that
 * person only ({@code refresh.userIds}), so when Teams asks again (the chat
 * reopened, the card rewritten) Doorway answers with what now stands. Every
 * view starts from {@code base}, the card as it was last posted or rewritten.
 */
public final class HandoffCardViews {
    /** Where in a click's data the step is: missing or {@code ask} for a button, then {@code send}, {@code cancel}, {@code view}. */
    public static final String STEP = "step";
    /** The id of the form's input: its value comes back in the data under this key. */
    public static final String NOTE = "note";
    public static final int MAX_NOTE = 500;

    /** The step a click is at. */
    public enum Step {
        /** A button on the summary was pressed (or Teams refreshes the form): ask for the note. */
        ASK,
        /** The form was sent, with its note. */
        SEND,
        /** The form was cancelled: nothing changes. */
        CANCEL,
        /** Teams refreshes an answer: show the card as it now stands. */
        VIEW;

        public static Step of(JsonNode data) {
            String step = data.path(STEP).asText("");
            for (Step known : values()) {
                if (known.name().toLowerCase(Locale.ROOT).equals(step)) {
                    return known;
                }
            }
            return ASK;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private HandoffCardViews() {}

    /**
     * The summary with the form for {@code prompt} under it instead of its
     * buttons: a short text, or, when there are {@code choices}, one of them to
     * pick (best first, as given).
     */
    public static ObjectNode form(ObjectNode base, String optionId, Option.NotePrompt prompt, List<Option> choices,
            String userId) {
        ObjectNode card = withoutButtons(base);
        ArrayNode items = section(card);
        Card.textIn(items, CardText.escape(prompt.question())).put("weight", "Bolder");
        ObjectNode input = items.addObject();
        input.put("id", NOTE);
        if (choices.isEmpty()) {
            input.put("type", "Input.Text").put("isMultiline", true).put("maxLength", MAX_NOTE)
                    .put("placeholder", "Optional, a line is plenty");
        } else {
            input.put("type", "Input.ChoiceSet").put("style", "compact").put("isRequired", true)
                    .put("errorMessage", "Pick a colleague").put("value", choices.get(0).id());
            ArrayNode listed = input.putArray("choices");
            choices.forEach(choice -> listed.addObject().put("title", choice.label()).put("value", choice.id()));
        }
        ObjectNode buttons = items.addObject().put("type", "ActionSet");
        ArrayNode actions = buttons.putArray("actions");
        Card.execute(actions, optionId, prompt.submit(), true).with("data").put(STEP, Step.SEND.key());
        Card.execute(actions, optionId, "Cancel", false).put("associatedInputs", "none").with("data")
                .put(STEP, Step.CANCEL.key());
        return refreshedFor(card, optionId, Step.ASK, userId);
    }

    /** The summary without its buttons and with {@code answer} under it, until Teams shows the rewritten card. */
    public static ObjectNode answered(ObjectNode base, String optionId, String answer, String userId) {
        ObjectNode card = withoutButtons(base);
        Card.textIn(section(card), CardText.escape(answer)).put("weight", "Bolder").put("color", "Accent");
        return refreshedFor(card, optionId, Step.VIEW, userId);
    }

    /** The card to start from when Doorway no longer has the one that was clicked (forgotten after 30 days). */
    public static ObjectNode blank() {
        Card card = new Card();
        card.text("Handoff");
        return card.build();
    }

    private static ObjectNode withoutButtons(ObjectNode base) {
        ObjectNode card = base.deepCopy();
        card.remove("refresh");
        ClickedCard.removeButtons(card);
        return card;
    }

    private static ArrayNode section(ObjectNode card) {
        ObjectNode container = card.withArray("body").addObject();
        container.put("type", "Container").put("separator", true).put("spacing", "Medium");
        return container.putArray("items");
    }

    /** Teams asks Doorway again (the same button, at {@code step}) for this person whenever it refreshes the card. */
    private static ObjectNode refreshedFor(ObjectNode card, String optionId, Step step, String userId) {
        ObjectNode refresh = card.putObject("refresh");
        ObjectNode action = refresh.putObject("action");
        action.put("type", "Action.Execute").put("verb", AdaptiveCardRenderer.EXECUTE_VERB);
        action.putObject("data").put(AdaptiveCardRenderer.OPTION_KEY, optionId).put(STEP, step.key());
        refresh.putArray("userIds").add(userId);
        return card;
    }
}
