package org.doorway.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.handoff.HandoffFixture.keyOf;
import static org.doorway.handoff.HandoffFixture.request;
import static org.doorway.handoff.HandoffFixture.technologist;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.doorway.jobs.JobRunner;
import org.doorway.store.JdbiLeases;
import org.doorway.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SLA moving silent offers on, and the queue offering waiting requests; the clock is moved, never slept. */
class SlaAndQueueTest {
    @TempDir
    static Path folder;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.all(folder).stream();
    }

    private final Technologist alex = technologist("Alex Rivera").expertise("peer-assessment").build();
    private final Technologist sam = technologist("Sam Lee").expertise("live-engagement").build();
    private final Technologist kim = technologist("Kim Park").build();

    private static HandoffWorld world(TestDatabases.Kind kind) {
        return new HandoffWorld(kind.open().get(), Optional.of("#learning-tech"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sla_movesToTheNextTechnologistThenPostsToTheTeamChannel(TestDatabases.Kind kind) {
        try (HandoffWorld world = world(kind).withRoster(alex, sam, kim)) {
            String id = world.feature.desk().request(
                    request(List.of("peer-assessment", "live-engagement"), List.of(), world.clock.instant())).handoffId();

            world.clock.advance(Duration.ofMinutes(14));
            world.feature.slaCheck().run();
            assertThat(world.messenger.threadTechnologists()).containsExactly(alex.id());

            world.clock.advance(Duration.ofMinutes(2));
            world.feature.slaCheck().run();
            world.feature.slaCheck().run();
            assertThat(world.messenger.threadTechnologists()).containsExactly(alex.id(), sam.id());
            assertThat(world.messenger.staffTexts()).containsExactly("Alex Rivera hasn't been able to pick up your "
                    + "request yet, so I've passed it to Sam Lee, who has everything you told me.");
            assertThat(world.messenger.teamPosts).isEmpty();
            assertThat(world.open(alex)).isZero();
            assertThat(world.open(sam)).isEqualTo(1);

            world.clock.advance(Duration.ofMinutes(16));
            world.feature.slaCheck().run();
            assertThat(world.messenger.threadTechnologists()).containsExactly(alex.id(), sam.id(), kim.id());
            assertThat(world.messenger.teamPosts).singleElement().satisfies(post -> {
                assertThat(post.channel()).isEqualTo("#learning-tech");
                assertThat(post.summary().options()).extracting(option -> option.id())
                        .containsExactly("handoff:ack:" + id + ":team");
            });
            assertThat(world.feature.desk().history(id)).extracting(HistoryEntry::event).containsExactly(
                    HistoryEntry.Event.REQUESTED, HistoryEntry.Event.OFFERED,
                    HistoryEntry.Event.SLA_MISSED, HistoryEntry.Event.OFFERED, HistoryEntry.Event.STAFF_TOLD,
                    HistoryEntry.Event.SLA_MISSED, HistoryEntry.Event.OFFERED, HistoryEntry.Event.STAFF_TOLD,
                    HistoryEntry.Event.TEAM_CHANNEL);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sla_withNobodyElseKeepsTheOfferAndAsksTheTeamOnce(TestDatabases.Kind kind) {
        try (HandoffWorld world = world(kind).withRoster(alex)) {
            String id = world.feature.desk().request(request(List.of(), List.of(), world.clock.instant())).handoffId();

            for (int minutes = 0; minutes < 60; minutes += 5) {
                world.clock.advance(Duration.ofMinutes(5));
                world.feature.slaCheck().run();
            }

            assertThat(world.handoff(id).technologistId()).contains(alex.id());
            assertThat(world.messenger.teamPosts).hasSize(1);
            assertThat(world.messenger.staffMessages).hasSize(1);
            assertThat(world.open(alex)).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void teamChannel_anyoneOnTheRosterCanPickItUp(TestDatabases.Kind kind) {
        try (HandoffWorld world = world(kind).withRoster(alex, sam.withAvailable(false))) {
            String id = world.feature.desk().request(request(List.of(), List.of(), world.clock.instant())).handoffId();
            world.clock.advance(Duration.ofMinutes(16));
            world.feature.slaCheck().run();

            world.feature.technologists().press(keyOf(sam), "handoff:ack:" + id, "").said();

            assertThat(world.handoff(id).state()).isEqualTo(Handoff.State.ACKNOWLEDGED);
            assertThat(world.handoff(id).technologistId()).contains(sam.id());
            assertThat(world.open(alex)).isZero();
            assertThat(world.open(sam)).isEqualTo(1);
            assertThat(world.messenger.threadTechnologists()).containsExactly(alex.id(), sam.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sla_runsThroughTheJobRunnerUnderALease(TestDatabases.Kind kind) {
        try (HandoffWorld world = world(kind).withRoster(alex, sam)) {
            world.feature.desk().request(request(List.of("peer-assessment"), List.of(), world.clock.instant()));
            world.clock.advance(Duration.ofMinutes(16));
            JobRunner one = new JobRunner(new JdbiLeases(world.database), world.clock, null);
            JobRunner two = new JobRunner(new JdbiLeases(world.database), world.clock, null);

            assertThat(one.runOnce(SlaCheck.JOB, Duration.ofMinutes(4), world.feature.slaCheck())).isTrue();
            assertThat(two.runOnce(SlaCheck.JOB, Duration.ofMinutes(4), world.feature.slaCheck())).isFalse();
            assertThat(world.messenger.threadTechnologists()).containsExactly(alex.id(), sam.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void queue_offersWhenSomeoneComesOnDuty(TestDatabases.Kind kind) {
        Technologist newYork = technologist("Sam Lee").zone("America/New_York").build();
        try (HandoffWorld world = world(kind).withRoster(newYork)) {
            HandoffTicket ticket = world.feature.desk().request(request(List.of(), List.of(), world.clock.instant()));

            Instant nineInNewYork = Instant.parse("2026-03-02T14:00:00Z");
            assertThat(ticket).isEqualTo(new HandoffTicket.Queued(ticket.handoffId(), Optional.of(nineInNewYork)));
            world.feature.queueCheck().run();
            assertThat(world.messenger.threads).isEmpty();

            world.clock.set(nineInNewYork);
            world.feature.queueCheck().run();
            world.feature.queueCheck().run();

            assertThat(world.messenger.threadTechnologists()).containsExactly(newYork.id());
            assertThat(world.handoff(ticket.handoffId()).state()).isEqualTo(Handoff.State.OFFERED);
            assertThat(world.messenger.staffTexts()).containsExactly(
                    "Sam Lee is on duty now and has your request, with everything you told me.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void queue_offersWhenSomeoneSwitchesToAvailable(TestDatabases.Kind kind) {
        try (HandoffWorld world = world(kind).withRoster(alex.withAvailable(false))) {
            HandoffTicket ticket = world.feature.desk().request(request(List.of(), List.of(), world.clock.instant()));
            assertThat(ticket).isInstanceOf(HandoffTicket.Queued.class);

            world.feature.technologists().setAvailable(keyOf(alex), true);
            world.feature.queueCheck().run();

            assertThat(world.handoff(ticket.handoffId()).technologistId()).contains(alex.id());
        }
    }
}
