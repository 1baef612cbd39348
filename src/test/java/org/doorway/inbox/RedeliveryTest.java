package org.doorway.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.doorway.TestClock;
import org.doorway.outbox.OutboxFixture;
import org.doorway.store.Database;
import org.doorway.store.StoredInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events left waiting in the inbox are answered by the job, on real SQLite files (the inbox in a file of its own). */
class RedeliveryTest {
    @TempDir
    Path folder;

    final TestClock clock = TestClock.at("2026-11-28T10:00:00Z");

    @Test
    void a_backlog_larger_than_one_batch_is_answered_in_one_run_oldest_first() {
        try (Database database = OutboxFixture.migratedSqlite(folder); StoredInbox inbox = StoredInbox.open(database)) {
            List<InboundEvent> waiting = new ArrayList<>();
            for (int i = 0; i < Redelivery.BATCH + 50; i++) {
                waiting.add(InboundEvent.durable(String.format("slack:Ev%04d", i), clock.instant().plusMillis(i),
                        "{}"));
            }
            inbox.recordAll(waiting);
            inbox.recordAll(List.of(InboundEvent.durable("teams:other", clock.instant(), "{}")));
            List<String> answered = new CopyOnWriteArrayList<>();
            clock.advance(Duration.ofMinutes(2));

            int handed = new Redelivery(inbox, "slack:", clock, Duration.ofMinutes(1), event -> {
                inbox.markHandled(event.key(), clock.instant());
                answered.add(event.key());
            }).run(Duration.ofSeconds(30));

            assertThat(handed).isEqualTo(Redelivery.BATCH + 50);
            assertThat(answered).isEqualTo(waiting.stream().map(InboundEvent::key).toList());
            assertThat(inbox.pending("slack:", clock.instant(), 10)).isEmpty();
            assertThat(inbox.pending("teams:", clock.instant(), 10)).hasSize(1);
        }
    }

    @Test
    void an_event_whose_answer_fails_stays_waiting_for_the_next_run() {
        try (Database database = OutboxFixture.migratedSqlite(folder); StoredInbox inbox = StoredInbox.open(database)) {
            inbox.recordAll(List.of(InboundEvent.durable("slack:EvBroken", clock.instant(), "{}")));
            clock.advance(Duration.ofMinutes(2));
            Redelivery failing = new Redelivery(inbox, "slack:", clock, Duration.ofMinutes(1), event -> {
                throw new IllegalStateException("Slack is down");
            });

            assertThat(failing.run(Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(inbox.pending("slack:", clock.instant(), 10)).extracting(InboundEvent::key)
                    .containsExactly("slack:EvBroken");
        }
    }

    @Test
    void events_younger_than_the_grace_are_left_to_their_own_instance() {
        try (Database database = OutboxFixture.migratedSqlite(folder); StoredInbox inbox = StoredInbox.open(database)) {
            inbox.recordAll(List.of(InboundEvent.durable("slack:EvFresh", clock.instant(), "{}")));
            clock.advance(Duration.ofSeconds(30));

            assertThat(new Redelivery(inbox, "slack:", clock, Duration.ofMinutes(1), event -> { })
                    .run(Duration.ofSeconds(30))).isZero();
        }
    }
}
