package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.app.FollowUpFlowTest.option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorway.TestClock;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.FrontDesk;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Reply;
import org.doorway.followup.Story;
import org.doorway.handoff.RecordingMessenger;
import org.doorway.store.JdbiCaseStudyDrafts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case study's discipline and mode of teaching, as Doorway is wired with a staff directory (DEPARTMENTS_FILE): the department the
 * directory gives the author wins over the subject they named ("nursing students"); someone the directory does
 * not list keeps the discipline they named.
 */
class FollowUpDisciplineTest {
    private static final String PROBLEM = "About 180 first-year nursing students and total silence when I ask the "
            + "room a question";

    @TempDir
    Path folder;

    @Test
    void theDirectorysDepartmentNamesTheDiscipline_elseWhatTheyNamed() throws IOException {
        Path directory = Files.writeString(folder.resolve("departments.csv"), """
                department,platform,user id
                School of Chemistry,slack,ULEE
                Physics,slack,UJO
                """);
        Map<String, String> env = Map.of("DATABASE_URL", "jdbc:sqlite:" + folder.resolve("d.db"),
                "FOLLOW_UP_AFTER", "PT30S", "FOLLOW_UP_HOURS", "always", "DEPARTMENTS_FILE", directory.toString());
        TestClock clock = TestClock.at("2027-01-20T09:00:00Z");
        try (Doorway doorway = Doorway.open(env, clock)) {
            RecordingMessenger messenger = new RecordingMessenger();
            Doorway.Conversation conversation = doorway.conversation(messenger);
            FrontDesk desk = conversation.turns().desk();
            List<ConversationKey> people = List.of(new ConversationKey("slack", "ULEE", "D1"),
                    new ConversationKey("slack", "UKIM", "D2"));
            for (ConversationKey person : people) {
                String problem = person.user().equals("UKIM") ? PROBLEM + " in my online module" : PROBLEM;
                Reply.Suggestions brief = said(doorway, desk, new Inbound.Message(person, "", problem)).stream()
                        .filter(Reply.Suggestions.class::isInstance).map(Reply.Suggestions.class::cast).findFirst()
                        .orElseThrow();
                said(doorway, desk, new Inbound.Action(person, "", option(brief.actions(), "This looks right").id()));
            }
            clock.advance(Duration.ofSeconds(31));
            conversation.followUps().run();
            assertThat(messenger.staffMessages).hasSize(2);
            for (RecordingMessenger.StaffMessage message : List.copyOf(messenger.staffMessages)) {
                Reply.Choice question = (Reply.Choice) message.reply();
                Reply.Choice story = (Reply.Choice) said(doorway, desk, new Inbound.Action(message.staff(), "",
                        option(question.options(), "It worked").id())).get(1);
                said(doorway, desk, new Inbound.Action(message.staff(), "",
                        option(story.options(), "Yes, anonymously").id()));
            }

            List<Story> drafts = new JdbiCaseStudyDrafts(doorway.database()).list(Optional.of(Story.State.DRAFT), 10);
            assertThat(drafts).extracting(Story::title).containsExactlyInAnyOrder(
                    "A colleague in the School of Chemistry used this with 180 students",
                    "A colleague in Nursing used this with 180 students");
            assertThat(drafts).extracting(Story::summary).anySatisfy(summary ->
                    assertThat(summary).startsWith("It worked, in online teaching."))
                    .anySatisfy(summary -> assertThat(summary).startsWith("It worked. The aim"));
        }
    }

    private static List<Reply> said(Doorway doorway, FrontDesk desk, Inbound inbound) {
        return doorway.database().inTransaction(() -> desk.answer(inbound).said());
    }
}
