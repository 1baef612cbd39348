package org.doorway.followup;

import java.util.List;
import java.util.function.Supplier;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.Tool;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;

/** What the follow-up says: short, kind, one click to answer. */
public final class FollowUpTexts {
    private final Supplier<Catalogue> catalogue;

    public FollowUpTexts(Supplier<Catalogue> catalogue) {
        this.catalogue = catalogue;
    }

    Reply question(FollowUp followUp) {
        return new Reply.Choice("Hello again! A while ago you looked at " + toolName(followUp) + " for \""
                + gist(followUp.subject().problem(), 80) + "\". How did it go?", outcomes(followUp));
    }

    Reply reminder(FollowUp followUp) {
        return new Reply.Choice("A gentle nudge, and the last one: how did " + toolName(followUp)
                + " go? One click is plenty.", outcomes(followUp));
    }

    private static List<Option> outcomes(FollowUp followUp) {
        return List.of(Outcome.values()).stream().map(outcome -> FollowUpOptions.outcome(followUp.id(), outcome))
                .toList();
    }

    Reply thanks(Outcome outcome) {
        return Reply.Text.of(switch (outcome) {
            case WORKED -> "Wonderful, thank you! If you like, reply with a line on what made it work.";
            case PARTLY -> "Thanks, that helps. If you like, reply with a line on what worked and what didn't.";
            case NOT_YET -> "Sorry it hasn't worked yet. If you like, reply with a line on what got in the way.";
            case DIDNT_TRY -> "Thanks for letting me know. Whenever you're ready, just tell me about it again.";
        });
    }

    Reply offerPerson() {
        return new Reply.Choice("A learning technologist can look at it with you now.",
                List.of(Option.primary(FollowUpOptions.PERSON, "Talk to a technologist")));
    }

    Reply askStory(long followUp) {
        return new Reply.Choice("Could colleagues learn from this? May I turn it into a short case study for "
                + "others here? An admin checks it first, and you can withdraw it any time.", List.of(
                FollowUpOptions.story(followUp, StoryConsent.ANONYMOUS, "Yes, anonymously"),
                FollowUpOptions.story(followUp, StoryConsent.NAMED, "Yes, with my name"),
                FollowUpOptions.story(followUp, StoryConsent.NO, "No, thanks")));
    }

    Reply askContact(FollowUp followUp) {
        return new Reply.Choice("And may colleagues who try " + toolName(followUp) + " get in touch with you "
                + "about it? I'd always ask you first.", List.of(
                FollowUpOptions.contact(followUp.id(), true, "Yes, they may"),
                FollowUpOptions.contact(followUp.id(), false, "No, thanks")));
    }

    Reply notShared() {
        return Reply.Text.of("No problem. Thanks for telling me how it went.");
    }

    Reply shared(boolean contact) {
        return Reply.Text.of("Thank you! Your story goes to the learning technology team for a quick check"
                + (contact ? ", and I'll ask you before putting anyone in touch" : "")
                + ". Say \"forget my stories\" any time to withdraw.");
    }

    Reply commentKept() {
        return Reply.Text.of("Thanks, noted.");
    }

    Reply forgotten(int count) {
        return Reply.Text.of(count == 0 ? "You haven't shared any stories with me, so there's nothing to forget."
                : "Done: your stories and your consent to be contacted are withdrawn. Colleagues no longer see them.");
    }

    /** What the person agreed to share, each with its tool, and one click to withdraw it all. */
    Reply consents(List<FollowUp> given) {
        if (given.isEmpty()) {
            return Reply.Text.of("You haven't agreed to share any stories with colleagues, and nobody can ask to "
                    + "contact you through me. Nothing to withdraw.");
        }
        StringBuilder text = new StringBuilder("What you've agreed to:");
        for (FollowUp followUp : given) {
            text.append("\n• ").append(toolName(followUp)).append(": ");
            boolean story = followUp.story().filter(StoryConsent::given).isPresent();
            text.append(story ? "your story as a case study, " + (followUp.story().get() == StoryConsent.NAMED
                    ? "with your name" : "anonymously") : "no case study");
            text.append(followUp.contact().orElse(false) ? "; colleagues may ask to talk (I ask you first)" : "");
        }
        text.append("\nYou can withdraw all of it at once; colleagues stop seeing it straight away.");
        return new Reply.Choice(text.toString(), List.of(FollowUpOptions.forget("Withdraw my stories")));
    }

    Reply alreadyAnswered() {
        return Reply.Text.of("Thanks, I already have your answer to that.");
    }

    String toolName(FollowUp followUp) {
        return catalogue.get().tool(followUp.subject().toolId()).map(Tool::name).orElse("the tool");
    }

    String needName(String needId) {
        return catalogue.get().need(needId).map(need -> need.name().toLowerCase(java.util.Locale.ROOT))
                .orElse(needId);
    }

    /** At most {@code max} characters of a text on one line, cut with an ellipsis. */
    static String gist(String text, int max) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
