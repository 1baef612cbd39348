package org.doorway.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.doorway.TestClock;
import org.doorway.store.Database;
import org.doorway.store.JdbiOutbox;
import org.doorway.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A claim says since when an earlier attempt may have reached the platform
 * unrecorded: after a claim that expired (its instance died) or a failed
 * attempt, never on a first claim or after a rate limit alone. On SQLite and PostgreSQL.
 */
class UnsureAttemptsTest {
    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");
    private static final Duration CLAIM = Duration.ofMinutes(2);

    @TempDir
    static Path folder;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.all(folder).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void a_claim_after_an_expired_claim_is_unsure_since_that_claim(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiOutbox outbox = new JdbiOutbox(database, new TestClock(START));
            outbox.enqueue("slack", "post", "D1", "{}");

            OutboxItem first = outbox.claim("slack", "dead", START.plusSeconds(1), CLAIM, 10).get(0);
            assertThat(first.unsureSince()).isEmpty();
            // "dead" never settles it; its claim expires
            OutboxItem again = outbox.claim("slack", "survivor", START.plus(CLAIM).plusSeconds(2), CLAIM, 10).get(0);
            assertThat(again.unsureSince()).contains(START.plusSeconds(1));

            OutboxItem third = outbox.claim("slack", "later", START.plus(CLAIM.multipliedBy(2)).plusSeconds(3), CLAIM,
                    10).get(0);
            assertThat(third.unsureSince()).as("the earliest unsure attempt is kept").contains(START.plusSeconds(1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void a_failed_attempt_makes_the_next_unsure_and_a_rate_limit_alone_does_not(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiOutbox outbox = new JdbiOutbox(database, new TestClock(START));
            outbox.enqueue("slack", "post", "D1", "{}");
            outbox.enqueue("slack", "post", "D2", "{}");

            var claimed = outbox.claim("slack", "a", START.plusSeconds(1), CLAIM, 10);
            outbox.retryAt(claimed.get(0), "a", 0, START.plusSeconds(2), "rate limited");
            outbox.retryAt(claimed.get(1), "a", 1, START.plusSeconds(2), "network: timeout");

            var next = outbox.claim("slack", "b", START.plusSeconds(3), CLAIM, 10);
            assertThat(next).extracting(OutboxItem::unsureSince)
                    .containsExactly(Optional.empty(), Optional.of(START.plusSeconds(1)));
        }
    }
}
