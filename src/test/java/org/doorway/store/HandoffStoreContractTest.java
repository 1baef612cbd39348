package org.doorway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.handoff.Absence;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.HandoffRequest;
import org.doorway.handoff.HistoryEntry;
import org.doorway.handoff.Shift;
import org.doorway.handoff.Technologist;
import org.doorway.handoff.WeeklyHours;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The roster, workload and handoff stores' contract, on SQLite and (in CI) PostgreSQL. */
class HandoffStoreContractTest {
    @TempDir
    static Path folder;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.all(folder).stream();
    }

    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    private static Technologist alex(boolean available) {
        return new Technologist("alex@uni.example", "Alex Rivera", "alex@uni.example",
                Map.of("slack", "U0123ABC", "teams", "alex@uni.example"), ZoneId.of("Europe/London"),
                new WeeklyHours(Map.of(DayOfWeek.MONDAY, List.of(new Shift(LocalTime.of(13, 0), LocalTime.of(17, 0)),
                        new Shift(LocalTime.of(9, 0), LocalTime.of(12, 0))))),
                List.of(new Absence(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 2))),
                List.of("live-engagement", "mentimeter"), 4, available);
    }

    private static HandoffRequest request(long requestId) {
        return new HandoffRequest(requestId, new ConversationKey("slack", "USTAFF", "DSTAFF"), "Dr Jane Smith",
                HandoffRequest.Kind.FAULT, "Turnitin says 'error 500' \"again\"", List.of("academic-integrity"),
                List.of("turnitin"), List.of(new Reply.Field("Since", "Monday")), AT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void roster_roundTripsEveryDetailAndFindsByChatId(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiRoster roster = new JdbiRoster(database);
            roster.replaceAll(List.of(alex(true)));

            assertThat(roster.all()).containsExactly(alex(true));
            assertThat(roster.findByChatId("slack", "U0123ABC")).contains(alex(true));
            assertThat(roster.findByChatId("teams", "alex@uni.example")).contains(alex(true));
            assertThat(roster.findByChatId("slack", "UNOBODY")).isEmpty();
            assertThat(roster.setAvailable("alex@uni.example", false)).isTrue();
            assertThat(roster.find("alex@uni.example")).contains(alex(false));
            assertThat(roster.setAvailable("nobody@uni.example", false)).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void workloads_takeOnlyBelowCapacityAndSurviveAnImport(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiRoster roster = new JdbiRoster(database);
            JdbiWorkloads workloads = new JdbiWorkloads(database);
            roster.replaceAll(List.of(alex(true)));

            assertThat(workloads.take("alex@uni.example", 2, AT)).isTrue();
            assertThat(workloads.take("alex@uni.example", 2, AT.plusSeconds(1))).isTrue();
            assertThat(workloads.take("alex@uni.example", 2, AT.plusSeconds(2))).isFalse();
            roster.replaceAll(List.of(alex(true)));
            assertThat(workloads.all().get("alex@uni.example").open()).isEqualTo(2);
            assertThat(workloads.all().get("alex@uni.example").lastAssignedAt()).contains(AT.plusSeconds(1));
            workloads.release("alex@uni.example");
            workloads.release("alex@uni.example");
            workloads.release("alex@uni.example");
            assertThat(workloads.all().get("alex@uni.example").open()).isZero();
            workloads.takeAnyway("new@uni.example", AT);
            assertThat(workloads.all().get("new@uni.example").open()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void handoffs_roundTripAndSaveOnlyOverTheVersionTheyReplace(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiHandoffs handoffs = new JdbiHandoffs(database);
            Handoff created = handoffs.create(request(7));
            assertThat(handoffs.find(created.id())).contains(created);

            Handoff offered = created.offeredTo("alex@uni.example", AT, AT.plusSeconds(900));
            assertThat(handoffs.save(offered)).isTrue();
            assertThat(handoffs.save(created.queued())).isFalse();
            assertThat(handoffs.find(created.id())).contains(offered);
            assertThat(handoffs.findUnresolved(7)).contains(offered);
            assertThat(handoffs.due(AT.plusSeconds(899), 10)).isEmpty();
            assertThat(handoffs.due(AT.plusSeconds(900), 10)).containsExactly(offered);

            Handoff resolved = offered.resolved("fixed", AT.plusSeconds(60));
            assertThat(handoffs.save(resolved)).isTrue();
            assertThat(handoffs.find(created.id())).contains(resolved);
            assertThat(handoffs.findUnresolved(7)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void handoffs_keepHistoryInOrderQueueOldestFirstAndKnowTheirThreads(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiHandoffs handoffs = new JdbiHandoffs(database);
            Handoff first = handoffs.create(request(1));
            Handoff second = handoffs.create(request(2));
            handoffs.save(second.queued());
            handoffs.save(first.queued());
            handoffs.record(HistoryEntry.of(first, AT, HistoryEntry.Event.REQUESTED, "teaching request"));
            handoffs.record(HistoryEntry.of(first, AT, HistoryEntry.Event.OFFERED, "alex@uni.example", "why"));

            assertThat(handoffs.queued(10)).extracting(Handoff::id).containsExactly(first.id(), second.id());
            assertThat(handoffs.history(first.id())).containsExactly(
                    new HistoryEntry(first.id(), AT, HistoryEntry.Event.REQUESTED, Optional.empty(), "teaching request"),
                    new HistoryEntry(first.id(), AT, HistoryEntry.Event.OFFERED, Optional.of("alex@uni.example"), "why"));
            handoffs.threadOpened(first.id(), "slack", "G123", AT);
            handoffs.threadOpened(first.id(), "slack", "G123", AT);
            assertThat(handoffs.isThread("slack", "G123")).isTrue();
            assertThat(handoffs.isThread("teams", "G123")).isFalse();
        }
    }
}
