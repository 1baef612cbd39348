package org.doorway.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.doorway.config.NudgeSettings;
import org.doorway.conversation.Reply;
import org.doorway.store.Database;
import org.doorway.store.JdbiAwaitedAdditions;
import org.doorway.store.JdbiNudgeMarks;
import org.doorway.store.JdbiOpenHandoffs;
import org.doorway.store.TestDatabases;
import org.doorway.store.TestDatabases.Place;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nudges on real SQLite and (with doorway.test.postgres) PostgreSQL: a request picked up and left is
 * reminded once after one working day and once after three (the second flagged on the team channel),
 * counting only the holder's working days (leave and closures skipped), never while they are off duty, and
 * exactly once across a restart and two instances running the job at the same moment.
 */
class NudgeCheckTest {
    @TempDir
    static Path folder;

    /** Alex works Monday to Friday, 09:00-17:00 in London, and is on leave on Wednesday 4 March. */
    private static final Technologist ALEX = HandoffFixture.technologist("Alex Rivera")
            .away("2026-03-04", "2026-03-04").build();
    /** The institution is closed on Thursday 5 March. */
    private static final Set<LocalDate> CLOSURES = Set.of(LocalDate.parse("2026-03-05"));

    static Stream<Place> places() {
        return TestDatabases.places(folder, "nudge");
    }

    /** What reached the holder, from every instance. */
    private final List<String> reminders = new CopyOnWriteArrayList<>();

    private final HolderMessenger holders = new HolderMessenger() {
        @Override
        public void tellHolder(Handoff handoff, Technologist technologist, Reply reply) {
            reminders.add(technologist.id() + ": " + ((Reply.Text) reply).text());
        }

        @Override
        public void intoThread(Handoff handoff, Technologist technologist, Reply reply) {}
    };

    private NudgeCheck nudges(HandoffWorld world) {
        return world.feature.queue(new QueueFeature.Ports(new JdbiOpenHandoffs(world.database),
                new JdbiNudgeMarks(world.database), new JdbiAwaitedAdditions(world.database), holders,
                QueueWatch.NONE), NudgeSettings.DEFAULT, CLOSURES).nudges();
    }

    private static HandoffWorld world(Place place, Instant at) {
        HandoffWorld world = new HandoffWorld(place.open(), Optional.of("C0TEAM"));
        world.clock.set(at);
        return world;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void aRequestLeftIsRemindedOnceAfterOneAndThreeWorkingDaysAcrossARestartAndTwoInstances(Place place)
            throws Exception {
        String handoffId;
        try (HandoffWorld world = world(place, HandoffFixture.MONDAY_10_UTC)) {
            world.withRoster(ALEX);
            handoffId = world.feature.desk().request(HandoffFixture.request(List.of("live-engagement"), List.of(),
                    world.clock.instant())).handoffId();
            world.clock.advance(Duration.ofMinutes(5));
            world.feature.technologists().press(HandoffFixture.keyOf(ALEX), "handoff:ack:" + handoffId, "");
            assertThat(world.handoff(handoffId).state()).isEqualTo(Handoff.State.ACKNOWLEDGED);
            world.clock.set(Instant.parse("2026-03-03T10:04:00Z"));
            nudges(world).run();
            assertThat(reminders).as("not yet a working day").isEmpty();
        }
        Instant tuesdayDue = Instant.parse("2026-03-03T10:06:00Z");
        try (HandoffWorld one = world(place, tuesdayDue); HandoffWorld other = world(place, tuesdayDue)) {
            NudgeCheck first = nudges(one);
            NudgeCheck second = nudges(other);
            CompletableFuture.allOf(CompletableFuture.runAsync(first), CompletableFuture.runAsync(second),
                    CompletableFuture.runAsync(first), CompletableFuture.runAsync(second)).get();
            assertThat(reminders).singleElement().asString().startsWith("alex.rivera@uni.example: A reminder")
                    .contains("1 working day ago", "Dr Jane Smith", "Type 'queue'");
            assertThat(one.messenger.teamPosts).isEmpty();

            // Wednesday is leave and Thursday a closure: Friday is only the second working day.
            for (String at : List.of("2026-03-04T12:00:00Z", "2026-03-05T12:00:00Z", "2026-03-06T16:00:00Z",
                    "2026-03-09T10:04:00Z")) {
                one.clock.set(Instant.parse(at));
                other.clock.set(Instant.parse(at));
                first.run();
                second.run();
            }
            assertThat(reminders).hasSize(1);

            Instant thirdDay = Instant.parse("2026-03-09T10:06:00Z");
            one.clock.set(thirdDay);
            other.clock.set(thirdDay);
            CompletableFuture.allOf(CompletableFuture.runAsync(first), CompletableFuture.runAsync(second)).get();
            assertThat(reminders).hasSize(2).last().asString().contains("3 working days ago");
            assertThat(one.messenger.teamPosts.size() + other.messenger.teamPosts.size()).isEqualTo(1);
            List<RecordingMessenger.TeamPost> posts = new java.util.ArrayList<>(one.messenger.teamPosts);
            posts.addAll(other.messenger.teamPosts);
            assertThat(posts.get(0).summary().title()).startsWith("Open for 3 working days: ");
            assertThat(posts.get(0).summary().options()).isEmpty();

            one.clock.advance(Duration.ofDays(10));
            first.run();
            assertThat(reminders).as("each reminder once, then nothing").hasSize(2);
            assertThat(one.handoffs.history(Long.parseLong(handoffId)).stream()
                    .filter(entry -> entry.event() == HistoryEntry.Event.NUDGED)).hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void noReminderWhileTheHolderIsOffDutyAndOnlyTheLaterOneAfterALongGap(Place place) {
        try (HandoffWorld world = world(place, HandoffFixture.MONDAY_10_UTC)) {
            world.withRoster(ALEX);
            String handoffId = world.feature.desk().request(HandoffFixture.request(List.of(), List.of(),
                    world.clock.instant())).handoffId();
            world.feature.technologists().press(HandoffFixture.keyOf(ALEX), "handoff:ack:" + handoffId, "");
            NudgeCheck nudges = nudges(world);
            world.clock.set(Instant.parse("2026-03-03T20:00:00Z"));
            nudges.run();
            assertThat(reminders).as("due, but Alex is off duty in the evening").isEmpty();
            world.clock.set(Instant.parse("2026-03-10T09:30:00Z"));
            nudges.run();
            nudges.run();
            assertThat(reminders).singleElement().asString().contains("3 working days ago");
        }
    }
}
