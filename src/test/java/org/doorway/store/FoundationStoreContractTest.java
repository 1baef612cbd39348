package org.doorway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.doorway.inbox.GroupCommit;
import org.doorway.inbox.InboundEvent;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The foundation's storage contract, on SQLite and (in CI) PostgreSQL. */
class FoundationStoreContractTest {
    @TempDir
    static Path folder;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.all(folder).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void inboundEvents_areTakenOnceEvenWhenRacing(TestDatabases.Kind kind) throws Exception {
        try (Database database = kind.open().get()) {
            JdbiInboundEvents events = new JdbiInboundEvents(database);
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                attempts.add(() -> events.recordFirst("Ev123", Instant.EPOCH));
            }
            assertThat(winners(attempts)).isEqualTo(1);
            assertThat(events.recordFirst("Ev124", Instant.EPOCH)).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void inboundEvents_forgetOldKeys(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiInboundEvents events = new JdbiInboundEvents(database);
            events.recordFirst("old", Instant.parse("2026-01-01T00:00:00Z"));
            events.recordFirst("new", Instant.parse("2026-02-01T00:00:00Z"));
            assertThat(events.forgetBefore(Instant.parse("2026-01-15T00:00:00Z"))).isEqualTo(1);
            assertThat(events.recordFirst("old", Instant.parse("2026-02-02T00:00:00Z"))).isTrue();
            assertThat(events.recordFirst("new", Instant.parse("2026-02-02T00:00:00Z"))).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void inbox_recordsABatchInOrderAndTellsFirstsFromRepeats(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiInboundEvents inbox = new JdbiInboundEvents(database);
            Instant at = Instant.parse("2026-11-28T10:00:00Z");
            inbox.recordFirst("slack:seen", at);

            List<Boolean> first = inbox.recordAll(List.of(InboundEvent.durable("slack:a", at, "{\"n\":1}"),
                    InboundEvent.once("slack:seen", at), InboundEvent.durable("slack:a", at, "{\"n\":2}"),
                    InboundEvent.once("slack:b", at)));

            assertThat(first).containsExactly(true, false, false, true);
            assertThat(inbox.pending("slack:", at.plusSeconds(1), 10)).singleElement().satisfies(event -> {
                assertThat(event.key()).isEqualTo("slack:a");
                assertThat(event.work()).contains("{\"n\":1}");
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void inbox_keepsDurableWorkUntilOneUnitOfWorkMarksItHandled(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiInboundEvents inbox = new JdbiInboundEvents(database);
            Instant at = Instant.parse("2026-11-28T10:00:00Z");
            inbox.recordAll(List.of(InboundEvent.durable("slack:old", at, "{}"),
                    InboundEvent.durable("slack:new", at.plusSeconds(60), "{}"),
                    InboundEvent.durable("teams:old", at, "{}"), InboundEvent.durable("slack_x:old", at, "{}")));
            try {
                database.run(() -> {
                    inbox.markHandled("slack:old", at);
                    throw new IllegalStateException("the answer failed");
                });
            } catch (IllegalStateException expected) {
                // the mark is undone with the answer
            }

            assertThat(inbox.pending("slack:", at.plusSeconds(30), 10)).extracting(InboundEvent::key)
                    .containsExactly("slack:old");
            assertThat(inbox.markHandled("slack:old", at)).isTrue();
            assertThat(inbox.markHandled("slack:old", at)).isFalse();
            assertThat(inbox.markHandled("slack:unknown", at)).isFalse();
            assertThat(inbox.pending("slack:", at.plusSeconds(90), 10)).extracting(InboundEvent::key)
                    .containsExactly("slack:new");
            assertThat(inbox.forgetBefore(at.plus(Duration.ofDays(1)))).as("pending work is kept").isEqualTo(1);
            assertThat(inbox.pending("slack:", at.plusSeconds(90), 10)).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void groupCommit_letsOneOfManyRacingDeliveriesWin(TestDatabases.Kind kind) throws Exception {
        try (Database database = kind.open().get();
                GroupCommit recorder = new GroupCommit(new JdbiInboundEvents(database), Duration.ofSeconds(10),
                        "test-inbox")) {
            List<Callable<Boolean>> deliveries = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String key = "slack:Ev" + (i % 100);
                deliveries.add(() -> recorder.record(InboundEvent.durable(key, Instant.EPOCH, "{}")));
            }
            assertThat(winners(deliveries)).isEqualTo(100);
        }
    }

    /** Runs the attempts side by side on 16 threads; returns how many answered true. */
    private static long winners(List<Callable<Boolean>> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            long winners = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                winners += result.get() ? 1 : 0;
            }
            return winners;
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void leases_belongToOneOwnerUntilTheyExpire(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiLeases leases = new JdbiLeases(database);
            Instant now = Instant.parse("2026-11-28T10:00:00Z");
            assertThat(leases.claim("sla", "a", now, Duration.ofMinutes(1))).isTrue();
            assertThat(leases.claim("sla", "b", now.plusSeconds(30), Duration.ofMinutes(1))).isFalse();
            assertThat(leases.claim("sla", "a", now.plusSeconds(30), Duration.ofMinutes(1))).isTrue();
            assertThat(leases.claim("sla", "b", now.plusSeconds(91), Duration.ofMinutes(1))).isTrue();
            leases.release("sla", "b");
            assertThat(leases.claim("sla", "a", now.plusSeconds(92), Duration.ofMinutes(1))).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void unitOfWork_rollsBackEverythingOnFailure(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiInboundEvents events = new JdbiInboundEvents(database);
            try {
                database.run(() -> {
                    events.recordFirst("inside", Instant.EPOCH);
                    throw new IllegalStateException("boom");
                });
            } catch (IllegalStateException expected) {
                // the whole unit is undone
            }
            assertThat(events.recordFirst("inside", Instant.EPOCH)).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void migrations_areIdempotent(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            assertThat(Migrations.migrate(database)).isZero();
            assertThat(database.answers()).isTrue();
        }
    }
}
