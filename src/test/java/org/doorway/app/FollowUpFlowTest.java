package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorway.TestClock;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.FrontDesk;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.followup.Story;
import org.doorway.handoff.RecordingMessenger;
import org.doorway.store.JdbiCaseStudyDrafts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop closed as Doorway is wired: accept, follow-up after the delay, one click, consent, a draft,
 * publication, the next person's suggestions with the story and "talk to a colleague", and withdrawal.
 */
class FollowUpFlowTest {
    static final String PROBLEM = "About 180 first-year nursing students and total silence when I ask the room "
            + "a question";
    @TempDir
    Path folder;

    @Test
    void acceptFollowUpOutcomeConsentPublishAndAColleagueSeesIt() {
        Map<String, String> env = Map.of("DATABASE_URL", "jdbc:sqlite:" + folder.resolve("d.db"),
                "FOLLOW_UP_AFTER", "PT30S", "FOLLOW_UP_HOURS", "always");
        TestClock clock = TestClock.at("2027-01-20T09:00:00Z");
        ConversationKey lee = new ConversationKey("console", "u1", "c1");
        ConversationKey kim = new ConversationKey("console", "u2", "c2");
        try (Doorway doorway = Doorway.open(env, clock)) {
            RecordingMessenger messenger = new RecordingMessenger();
            Doorway.Conversation conversation = doorway.conversation(messenger);
            FrontDesk desk = conversation.turns().desk();
            Reply.Suggestions brief = suggestions(doorway, desk, new Inbound.Message(lee, "Dr Lee", PROBLEM));
            said(doorway, desk, new Inbound.Action(lee, "Dr Lee", option(brief.actions(), "This looks right").id()));

            conversation.followUps().run();
            assertThat(messenger.staffMessages).isEmpty();
            clock.advance(Duration.ofSeconds(31));
            conversation.followUps().run();
            conversation.followUps().run();
            assertThat(messenger.staffMessages).singleElement().satisfies(message -> {
                assertThat(message.staff()).isEqualTo(lee);
                assertThat(((Reply.Choice) message.reply()).prompt()).contains("How did it go?");
            });
            Reply.Choice question = (Reply.Choice) messenger.staffMessages.get(0).reply();
            assertThat(question.options()).extracting(Option::label)
                    .containsExactly("It worked", "Partly", "Not yet", "Didn't try");
            assertThat(desk.clickOf(question.options().get(0).id())).isEqualTo(Option.Click.ONCE);

            List<Reply> worked = said(doorway, desk,
                    new Inbound.Action(lee, "Dr Lee", option(question.options(), "It worked").id()));
            assertThat(text(worked)).startsWith("Wonderful, thank you!");
            Reply.Choice story = (Reply.Choice) worked.get(1);
            assertThat(story.prompt()).contains("Could colleagues learn from this?");
            assertThat(text(said(doorway, desk, new Inbound.Message(lee, "Dr Lee", "Polls every ten minutes "
                    + "woke them up; ask me at lee@example.ac.uk")))).isEqualTo("Thanks, noted.");
            Reply.Choice contact = (Reply.Choice) said(doorway, desk,
                    new Inbound.Action(lee, "Dr Lee", option(story.options(), "Yes, anonymously").id())).get(0);
            said(doorway, desk, new Inbound.Action(lee, "Dr Lee", option(contact.options(), "Yes, they may").id()));

            JdbiCaseStudyDrafts drafts = new JdbiCaseStudyDrafts(doorway.database());
            Story draft = drafts.list(Optional.of(Story.State.DRAFT), 10).get(0);
            assertThat(draft.title()).contains("with 180 students");
            assertThat(draft.summary()).contains("Polls every ten minutes").doesNotContain("lee@example.ac.uk");
            assertThat(draft.author()).isEmpty();
            assertThat(withStory(doorway, desk, kim)).isEmpty();
            assertThat(drafts.review(draft.id(), Story.State.PUBLISHED, "test", "", clock.instant())).isTrue();

            List<Option> colleague = withStory(doorway, desk, kim);
            assertThat(colleague).extracting(Option::label).containsExactly("Talk to the colleague who used it");
            messenger.staffMessages.clear();
            assertThat(text(said(doorway, desk, new Inbound.Action(kim, "Kim", colleague.get(0).id()))))
                    .contains("asked your colleague first");
            Reply.Choice ask = (Reply.Choice) messenger.staffMessages.get(0).reply();
            assertThat(messenger.staffMessages.get(0).staff()).isEqualTo(lee);
            said(doorway, desk, new Inbound.Action(lee, "Dr Lee", option(ask.options(), "Happy to chat").id()));
            assertThat(messenger.staffMessages).last().satisfies(told -> {
                assertThat(told.staff()).isEqualTo(kim);
                assertThat(((Reply.Text) told.reply()).text()).startsWith("Your colleague is happy to chat");
            });

            assertThat(text(said(doorway, desk, new Inbound.Message(lee, "Dr Lee", "forget my stories"))))
                    .startsWith("Done");
            assertThat(withStory(doorway, desk, kim)).isEmpty();
            assertThat(drafts.published()).isEmpty();
        }
    }

    /** The guides view Kim sees for the same problem: the colleague option when the story shows, else none. */
    private static List<Option> withStory(Doorway doorway, FrontDesk desk, ConversationKey who) {
        Reply.Suggestions brief = suggestions(doorway, desk, new Inbound.Message(who, "Kim", "restart"));
        brief = suggestions(doorway, desk, new Inbound.Message(who, "Kim", PROBLEM));
        Reply.Suggestions full = suggestions(doorway, desk, new Inbound.Action(who, "Kim",
                option(brief.actions(), "Show guides").id()));
        boolean showsStory = full.items().stream().anyMatch(item -> item.caseStudy()
                .filter(story -> story.title().contains("180 students")).isPresent());
        List<Option> colleague = full.actions().stream().filter(option -> option.label().startsWith("Talk to the "
                + "colleague")).toList();
        assertThat(showsStory).isEqualTo(!colleague.isEmpty());
        return colleague;
    }

    static Option option(List<Option> options, String label) {
        return options.stream().filter(option -> option.label().equals(label)).findFirst().orElseThrow(() ->
                new AssertionError("no option " + label + " in " + options));
    }

    private static List<Reply> said(Doorway doorway, FrontDesk desk, Inbound inbound) {
        return doorway.database().inTransaction(() -> desk.answer(inbound).said());
    }

    private static String text(List<Reply> replies) {
        return ((Reply.Text) replies.get(0)).text();
    }

    private static Reply.Suggestions suggestions(Doorway doorway, FrontDesk desk, Inbound inbound) {
        List<Reply> replies = said(doorway, desk, inbound);
        return replies.stream().filter(Reply.Suggestions.class::isInstance).map(Reply.Suggestions.class::cast)
                .findFirst().orElseGet(() -> replies.isEmpty() ? null : null);
    }
}
