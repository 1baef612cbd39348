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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doorway.conversation.Option;

/**
 * The short form an option asks for before its click counts (a handoff's
 * "Pass to someone else" asks a reason, "Resolved" an outcome), worded as the
 * option's {@link Option.NotePrompt} says. Optional, so a busy technologist can just press Send. The
 * clicked button and its message travel in {@code private_metadata}, so any
 * instance can take the submission.
 */
final class HandoffNoteModal {
    static final String CALLBACK = "doorway.handoff.note";
    static final int MAX_NOTE = 500;
    private static final String BLOCK = "note";
    private static final String INPUT = "text";

    /** The clicked button, the message that carried it and the buttons it showed. */
    record Clicked(String optionId, SlackAddress where, String ts, Set<String> shown) {
        /** Stands for "no message": the button was on the App Home. */
        static final String HOME = "home";

        /** A button on {@code userId}'s App Home; answers go to their DM with Doorway. */
        static Clicked onHome(String optionId, String userId) {
            return new Clicked(optionId, SlackAddress.channel(userId), HOME, Set.of());
        }

        boolean onHome() {
            return HOME.equals(ts);
        }

        String metadata() {
            return String.join("\n", optionId, where.conversation(), ts, String.join(",", shown));
        }

        static Optional<Clicked> parse(String metadata) {
            String[] lines = metadata == null ? new String[0] : metadata.split("\n", -1);
            if (lines.length != 4 || lines[0].isEmpty()) {
                return Optional.empty();
            }
            Set<String> shown = Set.copyOf(Arrays.stream(lines[3].split(",")).filter(id -> !id.isEmpty()).toList());
            return Optional.of(new Clicked(lines[0], SlackAddress.parse(lines[1]), lines[2], shown));
        }
    }

    /** The form for {@code clicked}, worded as its option's {@code prompt} says. */
    static View view(Clicked clicked, Option.NotePrompt prompt) {
        return Views.view(v -> v.type("modal").callbackId(CALLBACK).privateMetadata(clicked.metadata())
                .title(viewTitle(t -> t.type("plain_text").text(Mrkdwn.cut(prompt.title(), 24))))
                .submit(viewSubmit(s -> s.type("plain_text").text(Mrkdwn.cut(prompt.submit(), 24))))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(List.of(input(i -> i.blockId(BLOCK).optional(true).label(plainText(prompt.question()))
                        .element(plainTextInput(p -> p.actionId(INPUT).multiline(true).maxLength(MAX_NOTE)))))));
    }

    /** What the technologist wrote; empty when they left it blank. */
    static String note(ViewState state) {
        if (state == null || state.getValues() == null) {
            return "";
        }
        Map<String, ViewState.Value> block = state.getValues().get(BLOCK);
        ViewState.Value value = block == null ? null : block.get(INPUT);
        String text = value == null || value.getValue() == null ? "" : value.getValue().strip();
        return text.length() <= MAX_NOTE ? text : text.substring(0, MAX_NOTE);
    }

    private HandoffNoteModal() {}
}
