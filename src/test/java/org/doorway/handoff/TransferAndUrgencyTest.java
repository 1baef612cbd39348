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
import org.doorway.conversation.Reply;
import org.doorway.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Transfer to a named colleague (the one core method the technologist's
 * "Transfer to…" and the console's reassign share), and an urgent fault's
 * priority: a shorter SLA step, first out of the queue, the team channel
 * sooner. Against real storage (SQLite, and PostgreSQL in CI).
 */
class TransferAndUrgencyTest {
    @TempDir
    static Path folder;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.all(folder).stream();
    }

    private final Technologist alex = technologist("Alex Rivera").build();
    private final Technologist sam = technologist("Sam Lee").unavailable().build();


    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void reassign_offersItToTheColleagueWithTheSummary_freesTheSlot_tellsStaff_andRewritesOldMessages(
            TestDatabases.Kind kind) {
        try (HandoffWorld world = new HandoffWorld(kind.open().get(), Optional.empty()).withRoster(alex, sam)) {
            HandoffFeature feature = new HandoffFeature(world.database, world.roster, world.workloads,
                    world.handoffs, world.messenger, HandoffFixture.settings(Optional.empty()), world.clock,
                    java.time.ZoneId.of("Europe/London"));
            HandoffRequest asked = request(List.of(), List.of(), world.clock.instant());
            String id = feature.desk().request(asked).handoffId();
            feature.technologists().press(keyOf(alex), "handoff:ack:" + id, "");

            Transfer transfer = feature.desk().reassign(id, "Sam.Lee@uni.example", "Alex Rivera");

            assertThat(transfer).isInstanceOf(Transfer.Done.class);
            Handoff now = world.handoff(id);
            assertThat(now.state()).isEqualTo(Handoff.State.OFFERED);
            assertThat(now.technologistId()).hasValue(sam.id());
            assertThat(world.open(alex)).isZero();
            assertThat(world.open(sam)).isEqualTo(1);
            assertThat(world.messenger.threads).last().satisfies(thread -> {
                assertThat(thread.technologistId()).isEqualTo(sam.id());
                assertThat(thread.summary().fields()).contains(new Reply.Field("Why you",
                        "transferred to you by Alex Rivera"));
            });
            assertThat(world.messenger.staffTexts()).last().asString()
                    .startsWith("Your request is now with Sam Lee");
            assertThat(world.messenger.refreshes).last().satisfies(cards -> {
                assertThat(cards.forAudience(HandoffMessage.Audience.technologist(alex.id())).options()).isEmpty();
                assertThat(cards.forAudience(HandoffMessage.Audience.technologist(sam.id())).fields())
                        .contains(new Reply.Field("Status", "Alex Rivera transferred it to Sam Lee"));
            });
            assertThat(feature.desk().history(id))
                    .filteredOn(entry -> entry.event() == HistoryEntry.Event.TRANSFERRED)
                    .singleElement().satisfies(entry -> {
                        assertThat(entry.detail()).isEqualTo("from Alex Rivera to Sam Lee by Alex Rivera");
                        assertThat(entry.technologistId()).hasValue(sam.id());
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void reassign_refusesKindlyAndChangesNothing(TestDatabases.Kind kind) {
        try (HandoffWorld world = new HandoffWorld(kind.open().get(), Optional.empty()).withRoster(alex, sam)) {
            String id = world.feature.desk().request(request(List.of(), List.of(), world.clock.instant())).handoffId();

            assertThat(world.feature.desk().reassign(id, "nobody@uni.example", "an admin"))
                    .isEqualTo(new Transfer.Refused("Nobody called nobody@uni.example is on the roster, so nothing "
                            + "changed."));
            assertThat(world.feature.desk().reassign(id, alex.email(), "an admin"))
                    .isEqualTo(new Transfer.Refused("Alex Rivera already has this request."));
            assertThat(world.feature.desk().reassign("forty-two", alex.email(), "an admin"))
                    .isInstanceOf(Transfer.Refused.class);
            assertThat(world.handoff(id).technologistId()).hasValue(alex.id());
            assertThat(world.open(alex)).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void urgentFault_hasAShorterSlaStep_andReachesTheTeamChannelAfterItsFirstLapse(TestDatabases.Kind kind) {
        try (HandoffWorld world = new HandoffWorld(kind.open().get(), Optional.of("#learning-tech"))
                .withRoster(alex, technologist("Kim Park").build())) {
            String id = world.feature.desk().request(urgent(world.clock.instant())).handoffId();
            assertThat(world.handoff(id).dueAt()).hasValue(world.clock.instant().plus(Duration.ofMinutes(5)));
            assertThat(world.messenger.threads.get(0).summary().title()).startsWith("Urgent: ");

            world.clock.advance(Duration.ofMinutes(6));
            world.feature.slaCheck().run();

            assertThat(world.messenger.threads).hasSize(2);
            assertThat(world.messenger.teamPosts).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void urgentFault_leavesTheQueueFirst_andTheTeamSeesItAtOnceWhenNobodyIsOnDuty(TestDatabases.Kind kind) {
        try (HandoffWorld world = new HandoffWorld(kind.open().get(), Optional.of("#learning-tech"))
                .withRoster(technologist("Alex Rivera").capacity(1).build())) {
            world.clock.set(Instant.parse("2026-03-07T12:00:00Z")); // a Saturday: nobody on duty
            String ordinary = world.feature.desk().request(request(List.of(), List.of(), world.clock.instant()))
                    .handoffId();
            world.clock.advance(Duration.ofMinutes(5));
            String urgent = world.feature.desk().request(urgent(world.clock.instant())).handoffId();
            assertThat(world.messenger.teamPosts).singleElement()
                    .satisfies(post -> assertThat(post.summary().handoffId()).isEqualTo(urgent));

            world.clock.set(Instant.parse("2026-03-09T09:01:00Z")); // Monday morning: one slot free
            world.feature.queueCheck().run();

            assertThat(world.handoff(urgent).state()).isEqualTo(Handoff.State.OFFERED);
            assertThat(world.handoff(ordinary).state()).isEqualTo(Handoff.State.QUEUED);
        }
    }

    private static HandoffRequest urgent(Instant at) {
        HandoffRequest usual = request(List.of(), List.of(), at);
        return new HandoffRequest(usual.requestId(), usual.staff(), usual.staffName(), HandoffRequest.Kind.FAULT,
                "The lecture capture in LT1 is down and my lecture starts now", usual.needIds(), usual.toolIds(),
                usual.summary(), at, true);
    }
}
