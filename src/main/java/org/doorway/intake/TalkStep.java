package org.doorway.intake;

import java.util.List;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Option;
import org.doorway.needs.EnglishOrNot;

/**
 * Small talk without a menu: a greeting gets a greeting and one line on
 * what Doorway does, thanks and goodbyes close kindly, and an emoji or a
 * stray "lol" gets a nudge. Nothing here changes the request.
 */
final class TalkStep {
    private TalkStep() {}

    static Turn answer(ConversationState state, SmallTalk.Kind kind) {
        return switch (kind) {
            case GREETING -> Turn.of(state, Reply.Text.of(state.stage() == Stage.IDLE || state.problem() == null
                    ? Texts.GREETING
                    : Texts.GREETING + " " + String.format(Texts.STILL_ON, Texts.gist(state.problem()))));
            case THANKS -> Turn.of(state.asking(null), Reply.Text.of(state.stage() == Stage.HANDED_OFF
                    ? Texts.THANKS_HANDED_OFF : Texts.THANKS));
            case GOODBYE -> Turn.of(state.asking(null), Reply.Text.of(Texts.GOODBYE));
            case NOISE -> Turn.of(state, Reply.Text.of(state.focus().question() != null ? Texts.NUDGE_QUESTION
                    : Texts.NUDGE));
        };
    }

    /** A message in another language: say what Doorway reads, and offer a person. */
    static Turn notEnglish(ConversationState state, String text) {
        boolean welsh = EnglishOrNot.language(text).filter("Welsh"::equals).isPresent();
        String reply = (welsh ? "Mae'n ddrwg gen i — " : "") + Texts.NOT_ENGLISH;
        return Turn.of(state, new Reply.Text(reply, List.of(Option.of(OptionIds.PERSON, "Talk to a person"))));
    }
}
