package org.doorway.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.doorway.TestClock;
import org.doorway.catalogue.Catalogue;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.store.Database;
import org.doorway.store.JdbiFollowUps;
import org.doorway.store.JdbiOutbox;
import org.doorway.store.JdbiRequests;
import org.doorway.store.TestDatabases;
import org.doorway.store.TestDatabases.Place;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The follow-ups job on real SQLite and (with doorway.test.postgres) PostgreSQL: what earned a follow-up is
 * scheduled once, sent once after the delay across a restart and two concurrent instances, reminded once a
 * week later, and never again.
 */
class FollowUpJobTest {
    @TempDir
    static Path folder;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ConversationKey JANE = new ConversationKey("slack", "UJANE", "DJANE");
    private static final FollowUpPolicy POLICY = new FollowUpPolicy(Duration.ofSeconds(30), FollowUpHours.ALWAYS,
            Set.of(), LONDON);

    static Stream<Place> places() {
        return TestDatabases.places(folder, "follow");
    }

    private static FollowUpJob job(Database database, TestClock clock) {
        JdbiOutbox outbox = new JdbiOutbox(database, clock);
        JdbiFollowUps followUps = new JdbiFollowUps(database);
        return new FollowUpJob(new FollowUpScheduler(followUps, POLICY), followUps, database,
                (who, reply) -> outbox.enqueue(who.platform(), "tell", who.conversation(),
                        ((Reply.Choice) reply).prompt()),
                new JdbiRequests(database)::event, new FollowUpTexts(() -> new Catalogue(List.of(), List.of())),
                POLICY, clock, Audience.EVERYONE);
    }

    private static List<String> sent(Database database) {
        return database.withHandle(handle -> handle.createQuery("SELECT payload FROM outbox ORDER BY id")
                .mapTo(String.class).list());
    }

    private static long accepted(Database database, Instant at) {
        JdbiRequests requests = new JdbiRequests(database);
        long id = requests.open(JANE, "Quiet seminars with 40 students", at);
        requests.event(id, "suggested", "discussion: padlet, vevox", at);
        requests.event(id, "reaction", "looks right", at);
        return id;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void aFollowUpIsSentOnceAfterTheDelayAcrossARestartAndTwoInstances(Place place) throws Exception {
        TestClock clock = TestClock.at("2027-01-20T10:00:00Z");
        long request;
        try (Database database = place.open()) {
            request = accepted(database, clock.instant());
            job(database, clock).run();
            job(database, clock).run();
            assertThat(sent(database)).isEmpty();
            assertThat(new JdbiFollowUps(database).due(Audience.EVERYONE, clock.instant().plusSeconds(30), 10)).singleElement()
                    .satisfies(due -> {
                        assertThat(due.subject().requestId()).isEqualTo(request);
                        assertThat(due.subject().toolId()).isEqualTo("padlet");
                        assertThat(due.subject().needId()).isEqualTo("discussion");
                    });
        }
        clock.advance(Duration.ofSeconds(31));
        try (Database one = place.open(); Database other = place.open()) {
            FollowUpJob first = job(one, clock);
            FollowUpJob second = job(other, clock);
            CompletableFuture.allOf(CompletableFuture.runAsync(first), CompletableFuture.runAsync(second),
                    CompletableFuture.runAsync(first), CompletableFuture.runAsync(second)).get();
            second.run();
            assertThat(sent(one)).singleElement().asString().contains("How did it go?");
            int sentEvents = one.withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM request_events WHERE request_id = :id AND kind = 'follow-up-sent'")
                    .bind("id", request).mapTo(Integer.class).one());
            assertThat(sentEvents).isEqualTo(1);

            clock.advance(FollowUpPolicy.REMIND_AFTER.minusMinutes(1));
            first.run();
            assertThat(sent(one)).hasSize(1);
            clock.advance(Duration.ofMinutes(2));
            CompletableFuture.allOf(CompletableFuture.runAsync(first), CompletableFuture.runAsync(second)).get();
            assertThat(sent(one)).hasSize(2).last().asString().contains("gentle nudge");
            clock.advance(Duration.ofDays(30));
            first.run();
            second.run();
            assertThat(sent(one)).as("one reminder, then nothing").hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void aResolvedHandoffEarnsOneFollowUpAndAnAcceptedRequestNoSecond(Place place) {
        TestClock clock = TestClock.at("2027-01-20T10:00:00Z");
        try (Database database = place.open()) {
            long request = accepted(database, clock.instant());
            database.useHandle(handle -> handle.createUpdate("""
                    INSERT INTO handoffs (request_id, staff_platform, staff_user, staff_conversation, staff_name, kind,
                        problem, need_ids, tool_ids, summary, requested_at, state, resolved_at, outcome,
                        missed_deadlines, version)
                    VALUES (:request, 'slack', 'UJANE', 'DJANE', 'Jane', 'TEACHING', 'Quiet seminars',
                        '["discussion"]', '["padlet"]', '[]', :at, 'RESOLVED', :at, 'Set up a Padlet wall', 0, 1)""")
                    .bind("request", request).bind("at", clock.instant().toEpochMilli()).execute());
            long other = new JdbiRequests(database).open(JANE, "Feedback on essays", clock.instant());
            database.useHandle(handle -> handle.createUpdate("""
                    INSERT INTO handoffs (request_id, staff_platform, staff_user, staff_conversation, staff_name, kind,
                        problem, need_ids, tool_ids, summary, requested_at, state, resolved_at, outcome,
                        missed_deadlines, version)
                    VALUES (:request, 'slack', 'UJANE', 'DJANE', 'Jane', 'TEACHING', 'Feedback on essays',
                        '["feedback"]', '[]', '[]', :at, 'RESOLVED', :at, 'Showed rubrics', 0, 1)""")
                    .bind("request", other).bind("at", clock.instant().toEpochMilli()).execute());
            FollowUpScheduler scheduler = new FollowUpScheduler(new JdbiFollowUps(database), POLICY);
            assertThat(scheduler.sweep(clock.instant())).isEqualTo(2);
            assertThat(scheduler.sweep(clock.instant())).isZero();
            assertThat(new JdbiFollowUps(database).due(Audience.EVERYONE, clock.instant().plusSeconds(60), 10))
                    .extracting(due -> due.subject().notes()).containsExactlyInAnyOrder("", "Showed rubrics");
        }
    }
}
