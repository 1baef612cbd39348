package org.doorway.resources.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.doorway.TestClock;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.SupportStatus;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Suggestion;
import org.doorway.resources.ResourcesFixture;
import org.doorway.resources.ScheduledSession;
import org.doorway.resources.Webinars;
import org.doorway.store.Database;
import org.doorway.store.JdbiOutbox;
import org.doorway.store.JdbiWebinarReminders;
import org.doorway.store.TestDatabases;
import org.doorway.store.TestDatabases.Place;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Remind me" end to end on real SQLite and (with doorway.test.postgres) PostgreSQL: the click stores one
 * row per person and session, and the job queues each message in the outbox exactly once, across runs,
 * concurrent runners and a restart.
 */
class WebinarRemindersTest {
    @TempDir
    static Path folder;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ConversationKey JANE = new ConversationKey("slack", "UJANE", "DJANE");
    private static final Webinars WEBINARS = new Webinars(LONDON);
    private static final Supplier<Catalogue> CATALOGUE = ResourcesFixture::defaultCatalogue;

    static Stream<Place> places() {
        return TestDatabases.places(folder, "remind");
    }

    private static ScheduledSession january() {
        return WEBINARS.of(CATALOGUE.get().tool("moodle-assignment").orElseThrow()).get(0);
    }

    private static RemindClicks clicks(Database database, TestClock clock) {
        return new RemindClicks(CATALOGUE, WEBINARS, new JdbiWebinarReminders(database), LONDON, clock);
    }

    private static ReminderJob job(Database database, TestClock clock) {
        JdbiOutbox outbox = new JdbiOutbox(database, clock);
        return new ReminderJob(new JdbiWebinarReminders(database), database, CATALOGUE, WEBINARS,
                (who, reply) -> outbox.enqueue(who.platform(), "tell", who.conversation(),
                        ((Reply.Text) reply).text()), LONDON, clock);
    }

    private static List<String> sent(Database database) {
        return database.withHandle(handle -> handle.createQuery("SELECT payload FROM outbox ORDER BY id")
                .mapTo(String.class).list());
    }

    private static int rows(Database database) {
        return database.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM webinar_reminders")
                .mapTo(Integer.class).one());
    }

    private static String press(Database database, RemindClicks clicks, String optionId) {
        return database.inTransaction(() -> ((Reply.Text) clicks.press(JANE, optionId, "").said().get(0)).text());
    }

    private static Reply.Suggestions suggesting(String toolId, boolean showingGuides) {
        List<Guide> guides = showingGuides ? CATALOGUE.get().tool(toolId).orElseThrow().guides() : List.of();
        return new Reply.Suggestions("marking", "Guides for these tools:", List.of(new Suggestion(toolId, "Moodle",
                "", "https://x.example", "", SupportStatus.SUPPORTED, "", guides, Optional.empty())), List.of());
    }

    private static Reply.Suggestions suggesting(String toolId) {
        return suggesting(toolId, true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void aClickStoresOneReminderAndARepeatSaysItIsSet(Place place) {
        TestClock clock = TestClock.at("2027-01-05T09:00:00Z");
        try (Database database = place.open()) {
            RemindClicks clicks = clicks(database, clock);
            List<Option> offered = clicks.under(suggesting("moodle-assignment"));
            assertThat(offered).extracting(Option::id).containsExactly("remind:" + january().id().wire());
            assertThat(offered.get(0).id()).startsWith(clicks.prefix());
            assertThat(clicks.under(suggesting("moodle-assignment", false))).as("not where no webinar shows").isEmpty();

            assertThat(press(database, clicks, offered.get(0).id()))
                    .startsWith("Done: I'll remind you the day before").contains("Wed 20 Jan 2027 at 14:00 GMT");
            assertThat(rows(database)).isEqualTo(1);
            assertThat(press(database, clicks, offered.get(0).id()))
                    .startsWith("You already have a reminder").contains("14:00 GMT");
            assertThat(rows(database)).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void pastSessionsAreNeverOfferedNorStored(Place place) {
        TestClock clock = TestClock.at("2027-01-20T15:00:00Z");
        try (Database database = place.open()) {
            RemindClicks clicks = clicks(database, clock);
            List<Option> offered = clicks.under(suggesting("moodle-assignment"));
            assertThat(offered).extracting(Option::id).singleElement().asString().endsWith("2027-04-21-1400");
            assertThat(press(database, clicks, "remind:" + january().id().wire()))
                    .contains("no longer in the catalogue, or has already started");
            assertThat(press(database, clicks, "remind:not-a-session")).contains("can't set a reminder");
            assertThat(rows(database)).isZero();

            assertThat(press(database, clicks, offered.get(0).id())).contains("Wed 21 Apr 2027 at 14:00 BST");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void theDayBeforeReminderGoesOnceThenTheLinksAfterwardsAcrossARestart(Place place) throws Exception {
        TestClock clock = TestClock.at("2027-01-05T09:00:00Z");
        try (Database database = place.open()) {
            press(database, clicks(database, clock), "remind:" + january().id().wire());
            job(database, clock).run();
            assertThat(sent(database)).isEmpty();
        }
        clock.set(Instant.parse("2027-01-19T14:05:00Z"));
        try (Database database = place.open()) {
            ReminderJob one = job(database, clock);
            ReminderJob other = job(database, clock);
            CompletableFuture<Void> first = CompletableFuture.runAsync(one);
            CompletableFuture<Void> second = CompletableFuture.runAsync(other);
            first.get();
            second.get();
            one.run();
            assertThat(sent(database)).singleElement().asString()
                    .startsWith("Reminder: \"Marking online")
                    .contains("tomorrow, Wed 20 Jan 2027 at 14:00 GMT")
                    .contains("Join: https://meet.uni.example/webinars/moodle-assignment");

            clock.set(Instant.parse("2027-01-20T14:30:00Z"));
            one.run();
            assertThat(sent(database)).hasSize(1);

            clock.set(Instant.parse("2027-01-20T15:01:00Z"));
            CompletableFuture.allOf(CompletableFuture.runAsync(one), CompletableFuture.runAsync(other)).get();
            other.run();
            assertThat(sent(database)).hasSize(2).last().asString()
                    .contains("Recording: https://events.uni.example/recordings/moodle-assignment")
                    .contains("Questions and answers: https://forums.uni.example/webinars/moodle-assignment");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void aClickLessThanADayAheadSendsNoDayBeforeReminder(Place place) {
        TestClock clock = TestClock.at("2027-01-20T10:00:00Z");
        try (Database database = place.open()) {
            assertThat(press(database, clicks(database, clock), "remind:" + january().id().wire()))
                    .startsWith("Noted:").contains("14:00 GMT");
            job(database, clock).run();
            assertThat(sent(database)).isEmpty();
        }
    }
}
