package org.doorway.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.doorway.TestClock;
import org.doorway.config.SlackSettings;
import org.doorway.health.ProbeResult;
import org.doorway.conversation.Turns;
import org.doorway.conversation.TurnsFixture;
import org.doorway.outbox.OutboxFixture;
import org.doorway.store.JdbiHandoffMessages;
import org.doorway.store.Database;
import org.doorway.inbox.Foreground;
import org.doorway.store.JdbiInboundEvents;
import org.doorway.store.JdbiOutbox;
import org.doorway.store.JdbiSetAside;
import org.doorway.store.SqlTransience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Socket Mode that cannot connect does not stop the start: the adapter starts,
 * and its probe (run in the background by serve) says why, instead of
 * reporting a connection it lacks.
 */
class SocketModeStartTest {
    @TempDir
    Path folder;

    final FakeSlackApi api = new FakeSlackApi();
    final ExecutorService afterAck = Executors.newSingleThreadExecutor();
    Database database;
    SlackAdapter adapter;

    @AfterEach
    void stop() throws Exception {
        if (adapter != null) {
            adapter.close();
        }
        afterAck.shutdownNow();
        if (database != null) {
            database.close();
        }
        api.close();
    }

    @Test
    void slack_refusing_the_app_token_is_refused_with_the_fix() {
        api.failNext("apps.connections.open", 200, null, "{\"ok\":false,\"error\":\"invalid_auth\"}");
        adapter = adapter();
        adapter.start();

        assertThat(adapter.probe().probe()).isInstanceOfSatisfying(ProbeResult.Refused.class, refused ->
                assertThat(refused.reason()).contains("invalid_auth").contains("SLACK_APP_TOKEN"));
    }

    @Test
    void a_socket_that_cannot_be_reached_is_unreachable_and_tried_again() throws Exception {
        try (FakeSocketMode gone = new FakeSocketMode()) {
            api.socketModeAt(gone.url());
        }
        adapter = adapter();
        adapter.start();

        assertThat(adapter.probe().probe()).isInstanceOfSatisfying(ProbeResult.Unreachable.class, unreachable ->
                assertThat(unreachable.reason()).contains("no Socket Mode connection to 127.0.0.1"));
        try (FakeSocketMode back = new FakeSocketMode()) {
            api.socketModeAt(back.url());
            assertThat(adapter.probe().probe()).isInstanceOf(ProbeResult.Reachable.class);
            assertThat(back.connections()).isEqualTo(1);
        }
    }

    private SlackAdapter adapter() {
        database = OutboxFixture.migratedSqlite(folder);
        TestClock clock = TestClock.atNow();
        SlackSettings settings = new SlackSettings("xoxb-test-token", Optional.empty(),
                Optional.of(SlackHarness.APP_TOKEN), api.url(), Set.of());
        JdbiInboundEvents inbox = new JdbiInboundEvents(database);
        Turns turns = TurnsFixture.turns(new EchoIntake(), database, inbox, new JdbiSetAside(database, inbox),
                new SqlTransience(), clock);
        return new SlackAdapter(settings, new SlackAdapter.Parts(turns, inbox, database,
                new JdbiOutbox(database, clock), HomeFacts.none(), afterAck, Foreground.none(), clock,
                new JdbiHandoffMessages(database)),
                Duration.ofSeconds(1));
    }
}
