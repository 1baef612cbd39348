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
import org.doorway.conversation.ButtonOutcome;
import org.doorway.conversation.Reply;
import org.doorway.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Request, acknowledge, pass and resolve, against real storage (SQLite, and PostgreSQL in CI). */
class HandoffServiceTest {
    @TempDir
    static Path folder;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.all(folder).stream();
    }

    private final Technologist alex = technologist("Alex Rivera").expertise("peer-assessment").capacity(2).build();
    private final Technologist sam = technologist("Sam Lee").build();

    private static HandoffWorld world(TestDatabases.Kind kind) {
        return new HandoffWorld(kind.open().get(), Optional.empty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void request_offersTheBestTechnologistAndOpensTheThreadWithTheSummary(TestDatabases.Kind kind) {
        try (HandoffWorld world = world(kind).withRoster(sam, alex)) {
            HandoffTicket ticket = world.feature.desk().request(
                    request(List.of("peer-assessment"), List.of(), world.clock.instant()));

            assertThat(ticket).isInstanceOf(HandoffTicket.Assigned.class);
            assertThat(((HandoffTicket.Assigned) ticket).technologistName()).isEqualTo("Alex Rivera");
            RecordingMessenger.Thread thread = world.messenger.threads.get(0);
            assertThat(thread.technologistId()).isEqualTo(alex.id());
            assertThat(thread.summary().fields()).extracting(Reply.Field::value).contains(
                    "My students don't join in during lectures", "200",
                    "chosen for peer-assessment expertise; 0 open of 2");
            assertThat(thread.summary().options()).extracting(option -> option.id()).containsExactly(
                    "handoff:ack:" + ticket.handoffId() + ":o" + world.clock.instant().toEpochMilli(),
                    "handoff:pass:" + ticket.handoffId(), "handoff:resolve:" + ticket.handoffId());
            assertThat(world.open(alex)).isEqualTo(1);
            assertThat(world.feature.desk().history(ticket.handoffId())).extracting(HistoryEntry::event)
                    .containsExactly(HistoryEntry.Event.REQUESTED, HistoryEntry.Event.OFFERED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void request_twiceForTheSameRequestAsksNobodyTwice(TestDatabases.Kind kind) {
        try (HandoffWorld world = world(kind).withRoster(alex)) {
            HandoffRequest request = request(List.of(), List.of(), world.clock.instant());
            HandoffTicket first = world.feature.desk().request(request);
            HandoffTicket second = world.feature.desk().request(request);

            assertThat(second.handoffId()).isEqualTo(first.handoffId());
            assertThat(world.messenger.threads).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void acknowledge_storesTheWaitingTimeAndTellsTheStaffMember(TestDatabases.Kind kind) {
        try (HandoffWorld world = world(kind).withRoster(alex)) {
            Instant requested = world.clock.instant();
            String id = world.feature.desk().request(request(List.of(), List.of(), requested)).handoffId();
            world.clock.advance(Duration.ofMinutes(7));

            List<Reply> replies = world.feature.technologists().press(keyOf(alex), "handoff:ack:" + id, "").said();

            assertThat(replies).first().isInstanceOf(Reply.Text.class);
            Handoff handoff = world.handoff(id);
            assertThat(handoff.state()).isEqualTo(Handoff.State.ACKNOWLEDGED);
            assertThat(handoff.waited()).contains(Duration.ofMinutes(7));
            Long stored = world.database.withHandle(handle -> handle.createQuery(
                    "SELECT waited_millis FROM handoffs WHERE id = :id").bind("id", Long.parseLong(id))
                    .mapTo(Long.class).one());
            assertThat(stored).isEqualTo(Duration.ofMinutes(7).toMillis());
            assertThat(world.messenger.staffTexts()).containsExactly(
                    "Alex Rivera has picked up your request and will reply in your chat.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void staffClickingTheTechnologistsButtonChangesNothing(TestDatabases.Kind kind) {
        try (HandoffWorld world = world(kind).withRoster(alex)) {
            String id = world.feature.desk().request(request(List.of(), List.of(), world.clock.instant())).handoffId();

            List<Reply> replies = world.feature.technologists().press(HandoffFixture.STAFF, "handoff:ack:" + id, "").said();

            assertThat(((Reply.Text) replies.get(0)).text()).startsWith("Those buttons are for the learning technologist");
            assertThat(world.handoff(id).state()).isEqualTo(Handoff.State.OFFERED);
            var stranger = new org.doorway.conversation.ConversationKey("slack", "USTRANGER", "D9");
            assertThat(world.feature.technologists().press(stranger, "handoff:ack:" + id, "").answer())
                    .isEqualTo(Reply.Text.of("Only learning technologists on the roster can use these buttons. "
                            + "If you should be one, ask an admin to add you."));
            assertThat(world.feature.technologists().refusal(HandoffFixture.STAFF, "handoff:resolve:" + id))
                    .isPresent();
            assertThat(world.handoff(id).state()).isEqualTo(Handoff.State.OFFERED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pass_goesToTheNextBestAndNeverBackToThePasser(TestDatabases.Kind kind) {
        try (HandoffWorld world = world(kind).withRoster(alex, sam)) {
            String id = world.feature.desk().request(
                    request(List.of("peer-assessment"), List.of(), world.clock.instant())).handoffId();

            world.feature.technologists().press(keyOf(alex), "handoff:pass:" + id, "on leave from tomorrow").said();

            assertThat(world.handoff(id).technologistId()).contains(sam.id());
            assertThat(world.open(alex)).isZero();
            assertThat(world.open(sam)).isEqualTo(1);
            assertThat(world.messenger.threadTechnologists()).containsExactly(alex.id(), sam.id());

            world.feature.technologists().press(keyOf(sam), "handoff:pass:" + id, "").said();

            Handoff handoff = world.handoff(id);
            assertThat(handoff.state()).isEqualTo(Handoff.State.QUEUED);
            assertThat(world.messenger.threadTechnologists()).containsExactly(alex.id(), sam.id());
            assertThat(world.feature.desk().history(id)).filteredOn(entry ->
                    entry.event() == HistoryEntry.Event.PASSED).extracting(HistoryEntry::detail)
                    .containsExactly("on leave from tomorrow", "no reason given");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void resolve_freesTheSlotAndKeepsTheNote(TestDatabases.Kind kind) {
        try (HandoffWorld world = world(kind).withRoster(alex)) {
            String id = world.feature.desk().request(request(List.of(), List.of(), world.clock.instant())).handoffId();
            world.feature.technologists().press(keyOf(alex), "handoff:ack:" + id, "").said();
            world.feature.technologists().press(keyOf(sam), "handoff:resolve:" + id, "not mine").said();

            world.feature.technologists().press(keyOf(alex), "handoff:resolve:" + id, "Set up PeerWise together").said();

            Handoff handoff = world.handoff(id);
            assertThat(handoff.state()).isEqualTo(Handoff.State.RESOLVED);
            assertThat(handoff.outcome()).contains("Set up PeerWise together");
            assertThat(world.open(alex)).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void press_rewritesEveryMessageAfterEachStep(TestDatabases.Kind kind) {
        try (HandoffWorld world = world(kind).withRoster(alex)) {
            String id = world.feature.desk().request(request(List.of(), List.of(), world.clock.instant())).handoffId();
            TechnologistActions actions = world.feature.technologists();

            actions.press(keyOf(alex), "handoff:ack:" + id, "");
            assertThat(world.messenger.refreshes).singleElement().satisfies(cards -> {
                Reply.HandoffSummary alexSees = cards.forAudience(HandoffMessage.Audience.technologist(alex.id()));
                assertThat(alexSees.options()).extracting(org.doorway.conversation.Option::id)
                        .containsExactly("handoff:pass:" + id, "handoff:resolve:" + id, "handoff:transfer:" + id);
                assertThat(alexSees.fields()).contains(new Reply.Field("Status",
                        "Alex Rivera has this (picked up after 0 min)"));
                assertThat(cards.forAudience(HandoffMessage.Audience.team()).options()).isEmpty();
            });
            ButtonOutcome again = actions.press(keyOf(alex), "handoff:ack:" + id, "");
            assertThat(again.updated()).isEmpty();
            assertThat(world.messenger.refreshes).hasSize(1);

            actions.press(keyOf(alex), "handoff:resolve:" + id, " Done together ");
            assertThat(world.messenger.refreshes).hasSize(2).last().satisfies(cards -> {
                Reply.HandoffSummary alexSees = cards.forAudience(HandoffMessage.Audience.technologist(alex.id()));
                assertThat(alexSees.options()).isEmpty();
                assertThat(alexSees.fields()).contains(new Reply.Field("Status", "Resolved by Alex Rivera: Done together"));
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void availability_commandsFlipTheSwitchAndRouting(TestDatabases.Kind kind) {
        try (HandoffWorld world = world(kind).withRoster(alex)) {
            TechnologistActions actions = world.feature.technologists();

            assertThat(actions.availabilityWord(keyOf(alex), " Busy ")).isPresent();
            assertThat(world.feature.desk().availability(HandoffRequest.Kind.TEACHING, List.of()).someoneNow())
                    .isFalse();
            assertThat(actions.availabilityWord(HandoffFixture.STAFF, "busy")).hasValueSatisfying(reply ->
                    assertThat(((org.doorway.conversation.Reply.Text) reply).text()).contains("not on the roster"));
            assertThat(actions.availabilityWord(keyOf(alex), "what is busy work?")).isEmpty();

            actions.availabilityWord(keyOf(alex), "available");
            assertThat(world.feature.desk().availability(HandoffRequest.Kind.TEACHING, List.of()))
                    .isEqualTo(Availability.now());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void isHandedOff_onceTheAdapterReportsTheThread(TestDatabases.Kind kind) {
        try (HandoffWorld world = world(kind).withRoster(alex)) {
            String id = world.feature.desk().request(request(List.of(), List.of(), world.clock.instant())).handoffId();
            var thread = new org.doorway.conversation.ConversationKey("slack", "USTAFF", "GROUPDM1");
            assertThat(world.feature.desk().isHandedOff(thread)).isFalse();

            world.feature.desk().threadOpened(id, "slack", "GROUPDM1");

            assertThat(world.feature.desk().isHandedOff(thread)).isTrue();
            assertThat(world.feature.desk().isHandedOff(HandoffFixture.STAFF)).isFalse();
        }
    }
}
