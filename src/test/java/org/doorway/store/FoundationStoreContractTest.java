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
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<Boolean>> attempts = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    attempts.add(() -> events.recordFirst("Ev123", Instant.EPOCH));
                }
                long winners = 0;
                for (Future<Boolean> result : pool.invokeAll(attempts)) {
                    winners += result.get() ? 1 : 0;
                }
                assertThat(winners).isEqualTo(1);
            } finally {
                pool.shutdown();
            }
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
