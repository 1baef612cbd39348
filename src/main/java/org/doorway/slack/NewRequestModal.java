package org.doorway.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.Views;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The "New request" modal from the App Home: one question, the problem in the person's own words. */
final class NewRequestModal {
    static final String CALLBACK = "doorway.new_request";
    private static final String BLOCK = "problem";
    private static final String INPUT = "text";

    static View view() {
        return Views.view(v -> v.type("modal").callbackId(CALLBACK)
                .title(viewTitle(t -> t.type("plain_text").text("New request")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Send")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(List.of(input(i -> i.blockId(BLOCK)
                        .label(plainText("What are you trying to do, or what is not working?"))
                        .element(plainTextInput(p -> p.actionId(INPUT).multiline(true)
                                .maxLength(SlackInbox.MAX_TEXT)
                                .placeholder(plainText("For example: my 200 students never speak up"))))))));
    }

    /** The text the person submitted, if any. */
    static Optional<String> problem(ViewState state) {
        if (state == null || state.getValues() == null) {
            return Optional.empty();
        }
        Map<String, ViewState.Value> block = state.getValues().get(BLOCK);
        ViewState.Value value = block == null ? null : block.get(INPUT);
        return Optional.ofNullable(value == null ? null : value.getValue()).map(String::trim)
                .filter(text -> !text.isEmpty());
    }
}
