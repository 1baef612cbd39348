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
import java.util.function.Function;
import java.util.stream.Stream;
import org.doorway.inbox.GroupCommit;
import org.doorway.inbox.InboundEvent;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inbox's contract, for every way Doorway stores it: in the main SQLite
 * database, in a SQLite file of its own, and (in CI) in PostgreSQL.
 */
class InboxStoreContractTest {
    @TempDir
    static Path folder;

    /** A main database and the inbox that goes with it. */
    record Stores(Database main, StoredInbox inbox) implements AutoCloseable {
        @Override
        public void close() {
            inbox.close();
            main.close();
        }
    }

    record Kind(String name, TestDatabases.Kind database, Function<Database, StoredInbox> inbox) {
        Stores open() {
            Database main = database.open().get();
            return new Stores(main, inbox.apply(main));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Kind> inboxes() {
        return TestDatabases.all(folder).stream().flatMap(database -> database.name().equals("sqlite")
                ? Stream.of(new Kind("sqlite, one file", database, JdbiInboundEvents::new),
                        new Kind("sqlite, inbox file", database, StoredInbox::open))
                : Stream.of(new Kind(database.name(), database, StoredInbox::open)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inboxes")
    void events_areTakenOnceEvenWhenRacing(Kind kind) throws Exception {
        try (Stores stores = kind.open()) {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                attempts.add(() -> stores.inbox().recordFirst("Ev123", Instant.EPOCH));
            }
            assertThat(winners(attempts)).isEqualTo(1);
            assertThat(stores.inbox().recordFirst("Ev124", Instant.EPOCH)).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inboxes")
    void oldKeys_areForgotten(Kind kind) {
        try (Stores stores = kind.open()) {
            StoredInbox events = stores.inbox();
            events.recordFirst("old", Instant.parse("2026-01-01T00:00:00Z"));
            events.recordFirst("new", Instant.parse("2026-02-01T00:00:00Z"));
            assertThat(events.forgetBefore(Instant.parse("2026-01-15T00:00:00Z"))).isEqualTo(1);
            assertThat(events.recordFirst("old", Instant.parse("2026-02-02T00:00:00Z"))).isTrue();
            assertThat(events.recordFirst("new", Instant.parse("2026-02-02T00:00:00Z"))).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inboxes")
    void aBatch_isRecordedInOrderAndTellsFirstsFromRepeats(Kind kind) {
        try (Stores stores = kind.open()) {
            StoredInbox inbox = stores.inbox();
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
    @MethodSource("inboxes")
    void durableWork_waitsUntilOneUnitOfWorkMarksItHandled(Kind kind) {
        try (Stores stores = kind.open()) {
            StoredInbox inbox = stores.inbox();
            Instant at = Instant.parse("2026-11-28T10:00:00Z");
            inbox.recordAll(List.of(InboundEvent.durable("slack:old", at, "{}"),
                    InboundEvent.durable("slack:new", at.plusSeconds(60), "{}"),
                    InboundEvent.durable("teams:old", at, "{}"), InboundEvent.durable("slack_x:old", at, "{}")));
            try {
                stores.main().run(() -> {
                    inbox.markHandled("slack:old", at);
                    throw new IllegalStateException("the answer failed");
                });
            } catch (IllegalStateException expected) {
                // the mark is undone with the answer
            }

            assertThat(inbox.pending("slack:", at.plusSeconds(30), 10)).extracting(InboundEvent::key)
                    .containsExactly("slack:old");
            assertThat(stores.main().inTransaction(() -> inbox.markHandled("slack:old", at))).isTrue();
            assertThat(inbox.markHandled("slack:old", at)).isFalse();
            assertThat(inbox.markHandled("slack:unknown", at)).isFalse();
            assertThat(inbox.pending("slack:", at.plusSeconds(90), 10)).extracting(InboundEvent::key)
                    .containsExactly("slack:new");
            assertThat(inbox.forgetBefore(at.plus(Duration.ofDays(1)))).as("pending work is kept").isEqualTo(1);
            assertThat(inbox.pending("slack:", at.plusSeconds(90), 10)).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inboxes")
    void groupCommit_letsOneOfManyRacingDeliveriesWin(Kind kind) throws Exception {
        try (Stores stores = kind.open();
                GroupCommit recorder = new GroupCommit(stores.inbox(), Duration.ofSeconds(10), "test-inbox")) {
            List<Callable<Boolean>> deliveries = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String key = "slack:Ev" + (i % 100);
                deliveries.add(() -> recorder.record(InboundEvent.durable(key, Instant.EPOCH, "{}")));
            }
            assertThat(winners(deliveries)).isEqualTo(100);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inboxes")
    void manyAnsweredEvents_areNotOfferedAgain(Kind kind) {
        try (Stores stores = kind.open()) {
            StoredInbox inbox = stores.inbox();
            Instant at = Instant.parse("2026-11-28T10:00:00Z");
            List<InboundEvent> events = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                events.add(InboundEvent.durable(String.format("slack:Ev%02d", i), at.plusMillis(i), "{}"));
            }
            inbox.recordAll(events);
            for (int i = 0; i < 24; i++) {
                inbox.markHandled(events.get(i).key(), at);
            }

            assertThat(inbox.pending("slack:", at.plusSeconds(1), 10)).extracting(InboundEvent::key)
                    .containsExactly("slack:Ev24");
        }
    }

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
}
