package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.doorway.TestClock;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.FrontDesk;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.handoff.RecordingMessenger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Remind me" as Doorway is wired: offered under suggestions, taken by the front desk, sent by the job. */
class RemindMeTest {
    @TempDir
    Path folder;

    @Test
    void suggestionsOfferRemindMe_aClickSetsIt_andTheJobRemindsTheDayBefore() {
        Map<String, String> env = Map.of("DATABASE_URL", "jdbc:sqlite:" + folder.resolve("d.db"));
        TestClock clock = TestClock.at("2027-01-20T09:00:00Z");
        ConversationKey lee = new ConversationKey("console", "u1", "c1");
        try (Doorway doorway = Doorway.open(env, clock)) {
            RecordingMessenger messenger = new RecordingMessenger();
            Doorway.Conversation conversation = doorway.conversation(messenger);
            FrontDesk desk = conversation.turns().desk();
            Reply.Suggestions brief = suggestions(doorway, desk, new Inbound.Message(lee, "Dr Lee",
                    "About 350 first-years and total silence when I ask the room a question"));
            assertThat(brief.actions()).noneMatch(option -> option.label().startsWith("Remind me"));
            Option showGuides = brief.actions().stream().filter(option -> option.label().equals("Show guides"))
                    .findFirst().orElseThrow();
            Reply.Suggestions suggestions = suggestions(doorway, desk, new Inbound.Action(lee, "Dr Lee",
                    showGuides.id()));
            Option remind = suggestions.actions().stream()
                    .filter(option -> option.label().equals("Remind me: Interactive lectures with Mentimeter"))
                    .findFirst().orElseThrow();
            assertThat(desk.clickOf(remind.id())).isInstanceOf(Option.Click.EveryPerson.class);

            Inbound.Action click = new Inbound.Action(lee, "Dr Lee", remind.id());
            assertThat(doorway.database().inTransaction(() -> desk.answer(click).said()))
                    .singleElement().extracting(reply -> ((Reply.Text) reply).text()).asString()
                    .contains("Thu 11 Feb 2027 at 13:00 GMT");

            clock.set(Instant.parse("2027-02-10T13:00:00Z"));
            conversation.reminders().run();
            conversation.reminders().run();
            assertThat(messenger.staffTexts()).singleElement().asString()
                    .startsWith("Reminder: \"Interactive lectures with Mentimeter\" is tomorrow");
            assertThat(messenger.staffMessages.get(0).staff()).isEqualTo(lee);
        }
    }

    private static Reply.Suggestions suggestions(Doorway doorway, FrontDesk desk, Inbound inbound) {
        return doorway.database().inTransaction(() -> desk.answer(inbound).said()).stream()
                .filter(Reply.Suggestions.class::isInstance)
                .map(Reply.Suggestions.class::cast).findFirst().orElseThrow();
    }
}
