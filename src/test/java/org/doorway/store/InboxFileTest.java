package org.doorway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.doorway.config.DatabaseSettings;
import org.doorway.inbox.InboundEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SQLite database's inbox in a file of its own, with the answers' marks in the main database. */
class InboxFileTest {
    @TempDir
    Path folder;

    final Instant at = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void the_inbox_file_sits_beside_a_sqlite_file_and_nowhere_else() {
        assertThat(InboxFile.location(settings("jdbc:sqlite:doorway.db"))).contains(Path.of("doorway-inbox.db"));
        assertThat(InboxFile.location(settings("jdbc:sqlite:/var/lib/doorway/state.sqlite?foreign_keys=on")))
                .contains(Path.of("/var/lib/doorway/state-inbox.sqlite"));
        assertThat(InboxFile.location(settings("jdbc:sqlite:/var/lib/doorway/state")))
                .contains(Path.of("/var/lib/doorway/state-inbox"));
        assertThat(InboxFile.location(settings("jdbc:sqlite::memory:"))).isEmpty();
        assertThat(InboxFile.location(settings("jdbc:postgresql://db/doorway"))).isEmpty();
    }

    @Test
    void recording_an_event_does_not_wait_for_a_transaction_on_the_main_database() throws Exception {
        try (Database main = TestDatabases.sqlite(folder); StoredInbox inbox = StoredInbox.open(main)) {
            boolean first = main.inTransaction(() -> {
                main.useHandle(handle -> handle.execute("INSERT INTO leases (name, owner, expires_at) VALUES ('x', 'y', 0)"));
                CompletableFuture<Boolean> recorded = CompletableFuture.supplyAsync(() ->
                        inbox.recordFirst("slack:EvDuringAnswer", at));
                try {
                    return recorded.get(30, TimeUnit.SECONDS);
                } catch (Exception notRecorded) {
                    throw new IllegalStateException("the event waited for the main database", notRecorded);
                }
            });

            assertThat(first).isTrue();
            assertThat(Files.list(folder)).anySatisfy(file -> assertThat(file.toString()).endsWith("-inbox.db"));
        }
    }

    @Test
    void an_answer_whose_mark_was_not_yet_copied_when_doorway_stopped_is_not_offered_again() {
        try (Database main = TestDatabases.sqlite(folder); StoredInbox before = StoredInbox.open(main)) {
            before.recordAll(List.of(InboundEvent.durable("slack:EvAnswered", at, "{}"),
                    InboundEvent.durable("slack:EvWaiting", at, "{}")));
            main.run(() -> before.markHandled("slack:EvAnswered", at));
            // Stopped abruptly: the copy of the mark waiting in memory is lost with the process.

            try (StoredInbox after = StoredInbox.open(main)) {
                assertThat(after.pending("slack:", at.plusSeconds(60), 10)).extracting(InboundEvent::key)
                        .containsExactly("slack:EvWaiting");
                assertThat(after.markHandled("slack:EvAnswered", at)).isFalse();
                assertThat(after.markHandled("slack:EvWaiting", at)).isTrue();
                assertThat(after.pending("slack:", at.plusSeconds(60), 10)).isEmpty();
            }
        }
    }

    @Test
    void forgetting_old_marks_never_lets_an_answered_event_be_answered_again() {
        try (Database main = TestDatabases.sqlite(folder); StoredInbox before = StoredInbox.open(main)) {
            before.recordAll(List.of(InboundEvent.durable("slack:EvOld", at, "{}")));
            main.run(() -> before.markHandled("slack:EvOld", at));
            // Stopped abruptly before the mark was copied; two days later the old marks are forgotten.

            try (StoredInbox after = StoredInbox.open(main)) {
                after.forgetBefore(at.plus(Duration.ofDays(3)));

                assertThat(after.pending("slack:", at.plus(Duration.ofDays(3)), 10)).isEmpty();
                assertThat(after.markHandled("slack:EvOld", at)).isFalse();
            }
        }
    }

    @Test
    void events_kept_in_the_database_before_the_inbox_had_a_file_move_into_it() {
        try (Database main = TestDatabases.sqlite(folder)) {
            JdbiInboundEvents before = new JdbiInboundEvents(main);
            before.recordAll(List.of(InboundEvent.durable("slack:EvAckedBeforeUpgrade", at, "{\"n\":1}"),
                    InboundEvent.once("slack:EvSeen", at)));

            try (StoredInbox after = StoredInbox.open(main)) {
                assertThat(after.recordFirst("slack:EvSeen", at)).as("a retry across the upgrade").isFalse();
                assertThat(after.pending("slack:", at.plusSeconds(60), 10)).singleElement().satisfies(event ->
                        assertThat(event.work()).contains("{\"n\":1}"));
                int leftInDatabase = main.withHandle(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM processed_events").mapTo(Integer.class).one());
                assertThat(leftInDatabase).isZero();
            }
            try (StoredInbox reopened = StoredInbox.open(main)) {
                assertThat(reopened.pending("slack:", at.plusSeconds(60), 10)).hasSize(1);
            }
        }
    }

    private static DatabaseSettings settings(String url) {
        return new DatabaseSettings(url, Optional.empty(), Optional.empty(), 4);
    }
}
