package org.doorway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.doorway.DoorwayException;
import org.doorway.TestClock;
import org.doorway.Transactions;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Reply;
import org.doorway.conversation.StaffDialogue;
import org.doorway.conversation.TurnDelivery;
import org.doorway.conversation.Turns;
import org.doorway.conversation.TurnsFixture;
import org.doorway.inbox.InboundEvent;
import org.doorway.inbox.Redelivery;
import org.doorway.inbox.SetAside;
import org.doorway.outbox.OutboxFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The turn pipeline on real stores (SQLite with its inbox file, and PostgreSQL
 * in CI): a unit of work that fails for a passing reason is rolled back and
 * taken again, answered once and never apologised for; a failure that will not
 * go away gets one apology and the event is set aside, listed and replayable.
 */
class TurnPipelineTest {
    private static final ConversationKey KEY = new ConversationKey("slack", "U1", "D1");
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    static Path folder;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.all(folder).stream();
    }

    /** Real stores, a staff dialogue of the test's choosing, and replies queued in the real outbox. */
    private static final class World implements AutoCloseable {
        final TestClock clock = new TestClock(NOW);
        final Database database;
        final StoredInbox inbox;
        final SetAside setAside;
        final JdbiOutbox outbox;
        final AtomicInteger failuresLeft = new AtomicInteger();
        Supplier<RuntimeException> failure = () -> new IllegalStateException("not set");

        World(TestDatabases.Kind kind) {
            database = kind.open().get();
            inbox = StoredInbox.open(database);
            setAside = new JdbiSetAside(database, inbox);
            outbox = new JdbiOutbox(database, clock);
        }

        /** The database's unit of work, failing at its end (after the turn's writes) while failures are left. */
        Transactions failing() {
            return new Transactions() {
                @Override
                public <T> T inTransaction(Supplier<T> work) {
                    return database.inTransaction(() -> {
                        T result = work.get();
                        if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                            throw failure.get();
                        }
                        return result;
                    });
                }
            };
        }

        Turns turns(StaffDialogue staff) {
            return TurnsFixture.turns(staff, failing(), inbox, setAside, new SqlTransience(), clock);
        }

        InboundEvent recorded(String key) {
            InboundEvent event = InboundEvent.durable(key, clock.instant(), "{\"text\":\"hello\"}");
            assertThat(inbox.recordAll(List.of(event))).containsExactly(true);
            return event;
        }

        TurnDelivery toOutbox() {
            return answer -> answer.said().forEach(reply ->
                    outbox.enqueue("slack", "post", "D1", ((Reply.Text) reply).text()));
        }

        List<String> sent() {
            return database.withHandle(handle -> handle.createQuery("SELECT payload FROM outbox ORDER BY id")
                    .mapTo(String.class).list());
        }

        List<InboundEvent> waiting() {
            return inbox.pending("slack:", clock.instant().plus(Duration.ofDays(1)), 10);
        }

        @Override
        public void close() {
            inbox.close();
            database.close();
        }
    }

    /** A dialogue that writes (a request row) and says one thing, counting its calls. */
    private static StaffDialogue answering(AtomicInteger calls, JdbiRequests requests) {
        return inbound -> {
            calls.incrementAndGet();
            requests.open(inbound.key(), "hello", NOW);
            return List.of(Reply.Text.of("answer"));
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sqliteBusyOnce_isTakenAgain_answeredOnce_withoutApology(TestDatabases.Kind kind) {
        try (World world = new World(kind)) {
            world.failuresLeft.set(1);
            world.failure = () -> new DoorwayException("commit failed", new SQLiteException(
                    "[SQLITE_BUSY] The database file is locked", SQLiteErrorCode.SQLITE_BUSY));
            AtomicInteger calls = new AtomicInteger();
            Turns turns = world.turns(answering(calls, new JdbiRequests(world.database)));

            Turns.Taken taken = turns.take(world.recorded("slack:Ev1"), message(), world.toOutbox());

            assertThat(taken).isEqualTo(Turns.Taken.ANSWERED);
            assertThat(calls).hasValue(2);
            assertThat(world.sent()).containsExactly("answer");
            assertThat(OutboxFixture.count(world.database, "SELECT COUNT(*) FROM requests")).isEqualTo(1);
            assertThat(world.waiting()).isEmpty();
            assertThat(world.setAside.all()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void connectionLostAndSerializationFailures_areTakenAgain(TestDatabases.Kind kind) {
        try (World world = new World(kind)) {
            world.failuresLeft.set(3);
            AtomicInteger thrown = new AtomicInteger();
            String[] states = {"08006", "40001", "57P01"};
            world.failure = () -> new DoorwayException("statement failed",
                    new SQLException("server closed the connection", states[thrown.getAndIncrement() % 3]));
            AtomicInteger calls = new AtomicInteger();
            Turns turns = world.turns(answering(calls, new JdbiRequests(world.database)));

            assertThat(turns.take(world.recorded("slack:Ev1"), message(), world.toOutbox()))
                    .isEqualTo(Turns.Taken.ANSWERED);

            assertThat(calls).hasValue(4);
            assertThat(world.sent()).containsExactly("answer");
            assertThat(OutboxFixture.count(world.database, "SELECT COUNT(*) FROM requests")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void stillFailingForAPassingReason_leavesTheEventWaitingForRedelivery(TestDatabases.Kind kind) {
        try (World world = new World(kind)) {
            world.failuresLeft.set(100);
            world.failure = () -> new DoorwayException("deadlock", new SQLException("deadlock detected", "40P01"));
            AtomicInteger calls = new AtomicInteger();
            Turns turns = world.turns(answering(calls, new JdbiRequests(world.database)));
            InboundEvent event = world.recorded("slack:Ev1");

            assertThat(turns.take(event, message(), world.toOutbox())).isEqualTo(Turns.Taken.LEFT_WAITING);
            assertThat(world.sent()).isEmpty();
            assertThat(world.waiting()).extracting(InboundEvent::key).containsExactly("slack:Ev1");

            world.failuresLeft.set(0);
            world.clock.advance(Duration.ofMinutes(2));
            new Redelivery(world.inbox, "slack:", world.clock, Duration.ZERO,
                    waiting -> turns.take(waiting, message(), world.toOutbox())).run(Duration.ofSeconds(5));

            assertThat(world.sent()).containsExactly("answer");
            assertThat(world.waiting()).isEmpty();
            assertThat(world.setAside.all()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aTerminalLine_isRecordedBeforeItsAnswer_andABugSetsItAside(TestDatabases.Kind kind) {
        try (World world = new World(kind)) {
            Turns turns = world.turns(inbound -> {
                throw new IllegalStateException("a bug");
            });

            assertThat(turns.take("console:line-1", message(), world.toOutbox())).isEqualTo(Turns.Taken.SET_ASIDE);

            assertThat(world.sent()).containsExactly(Turns.APOLOGY);
            assertThat(world.setAside.all()).extracting(SetAside.Entry::key).containsExactly("console:line-1");
            assertThat(turns.take("console:line-1", message(), world.toOutbox()))
                    .as("the same line is not answered twice").isEqualTo(Turns.Taken.ALREADY_ANSWERED);
            assertThat(world.sent()).containsExactly(Turns.APOLOGY);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aBug_getsOneApology_isSetAside_andReplayAnswersItOnceFixed(TestDatabases.Kind kind) {
        try (World world = new World(kind)) {
            AtomicInteger calls = new AtomicInteger();
            boolean[] fixed = {false};
            JdbiRequests requests = new JdbiRequests(world.database);
            StaffDialogue buggy = inbound -> {
                if (!fixed[0]) {
                    calls.incrementAndGet();
                    requests.open(inbound.key(), "half done", NOW);
                    throw new IllegalStateException("a bug");
                }
                return List.of(Reply.Text.of("answer"));
            };
            Turns turns = world.turns(buggy);

            assertThat(turns.take(world.recorded("slack:Ev1"), message(), world.toOutbox()))
                    .isEqualTo(Turns.Taken.SET_ASIDE);

            assertThat(calls).as("a bug is not tried again").hasValue(1);
            assertThat(world.sent()).containsExactly(Turns.APOLOGY);
            assertThat(OutboxFixture.count(world.database, "SELECT COUNT(*) FROM requests")).isZero();
            assertThat(world.waiting()).isEmpty();
            assertThat(world.setAside.all()).singleElement().satisfies(entry -> {
                assertThat(entry.key()).isEqualTo("slack:Ev1");
                assertThat(entry.reason()).contains("IllegalStateException", "a bug");
                assertThat(entry.replayable()).isTrue();
            });

            fixed[0] = true;
            assertThat(world.setAside.replay("slack:Ev1", world.clock.instant())).isPresent();
            assertThat(world.setAside.all()).isEmpty();
            world.clock.advance(Duration.ofMinutes(2));
            new Redelivery(world.inbox, "slack:", world.clock, Duration.ZERO,
                    waiting -> turns.take(waiting, message(), world.toOutbox())).run(Duration.ofSeconds(5));

            assertThat(world.sent()).containsExactly(Turns.APOLOGY, "answer");
            assertThat(world.waiting()).isEmpty();
            assertThat(world.setAside.replay("slack:Ev1", world.clock.instant())).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAnsweredEvent_isNotAnsweredAgain(TestDatabases.Kind kind) {
        try (World world = new World(kind)) {
            AtomicInteger calls = new AtomicInteger();
            Turns turns = world.turns(answering(calls, new JdbiRequests(world.database)));
            InboundEvent event = world.recorded("slack:Ev1");

            assertThat(turns.take(event, message(), world.toOutbox())).isEqualTo(Turns.Taken.ANSWERED);
            assertThat(turns.take(event, message(), world.toOutbox())).isEqualTo(Turns.Taken.ALREADY_ANSWERED);

            assertThat(calls).hasValue(1);
            assertThat(world.sent()).containsExactly("answer");
        }
    }

    private static Inbound message() {
        return new Inbound.Message(KEY, "Dr Lee", "hello");
    }
}
