package org.doorway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
