package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.GuideFormat;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.FrontDesk;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Suggestion;
import org.doorway.handoff.RecordingMessenger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggestions as Doorway is wired: the made resources reach staff, with links on PUBLIC_URL. */
class SuggestedResourcesTest {
    @TempDir
    Path folder;

    @Test
    void suggestionsOfferTheNextWebinarWithItsInvite_theMap_andVideoLengths() {
        Map<String, String> env = Map.of("DATABASE_URL", "jdbc:sqlite:" + folder.resolve("d.db"),
                "PUBLIC_URL", "https://doorway.uni.example");
        Clock clock = Clock.fixed(Instant.parse("2027-01-20T09:00:00Z"), ZoneOffset.UTC);
        try (Doorway doorway = Doorway.open(env, clock)) {
            FrontDesk desk = doorway.conversation(new RecordingMessenger()).turns().desk();
            ConversationKey lee = new ConversationKey("console", "u1", "c1");
            desk.answer(new Inbound.Message(lee, "Dr Lee",
                    "About 350 first-years and total silence when I ask the room a question"));
            // The first answer is short; the guides are one click away, behind "Show guides".
            List<Reply> replies = desk.answer(new Inbound.Action(lee, "Dr Lee", "guides")).said();
            Reply.Suggestions suggestions = replies.stream().filter(Reply.Suggestions.class::isInstance)
                    .map(Reply.Suggestions.class::cast).findFirst().orElseThrow();
            Suggestion mentimeter = suggestions.items().stream().filter(item -> item.toolId().equals("mentimeter"))
                    .findFirst().orElseThrow();
            List<String> labels = mentimeter.guides().stream().map(Guide::label).toList();
            assertThat(labels).contains("4-min video", "webinar", "add to my calendar", "see how these tools fit together");
            Guide webinar = mentimeter.guides().stream().filter(guide -> guide.format() == GuideFormat.WEBINAR)
                    .findFirst().orElseThrow();
            assertThat(webinar.dates()).singleElement().hasToString("2027-02-11");
            assertThat(mentimeter.guides()).filteredOn(guide -> guide.format() == GuideFormat.CALENDAR).singleElement()
                    .extracting(Guide::url).isEqualTo("https://doorway.uni.example/webinars/mentimeter.3.2027-02-11-1300.ics");
            assertThat(mentimeter.guides()).filteredOn(guide -> guide.format() == GuideFormat.MAP).singleElement()
                    .extracting(Guide::url)
                    .isEqualTo("https://doorway.uni.example/catalogue/map.svg?need=live-engagement");
        }
    }
}
