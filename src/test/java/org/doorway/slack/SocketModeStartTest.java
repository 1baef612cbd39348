package org.doorway.slack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.doorway.DoorwayException;
import org.doorway.TestClock;
import org.doorway.config.SlackSettings;
import org.doorway.conversation.Turns;
import org.doorway.conversation.TurnsFixture;
import org.doorway.outbox.OutboxFixture;
import org.doorway.store.Database;
import org.doorway.inbox.Foreground;
import org.doorway.store.JdbiInboundEvents;
import org.doorway.store.JdbiOutbox;
import org.doorway.store.JdbiSetAside;
import org.doorway.store.SqlTransience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Socket Mode that cannot connect fails at start, saying why, instead of reporting a connection it lacks. */
class SocketModeStartTest {
    @TempDir
    Path folder;

    final FakeSlackApi api = new FakeSlackApi();
    final ExecutorService afterAck = Executors.newSingleThreadExecutor();
    Database database;

    @AfterEach
    void stop() throws Exception {
        afterAck.shutdownNow();
        if (database != null) {
            database.close();
        }
        api.close();
    }

    @Test
    void start_fails_when_slack_refuses_the_app_token() {
        api.failNext("apps.connections.open", 200, null, "{\"ok\":false,\"error\":\"invalid_auth\"}");

        assertThatThrownBy(() -> adapter().start()).isInstanceOf(DoorwayException.class)
                .hasMessageContaining("invalid_auth").hasMessageContaining("SLACK_APP_TOKEN");
    }

    @Test
    void start_fails_when_the_socket_cannot_be_reached() throws Exception {
        try (FakeSocketMode gone = new FakeSocketMode()) {
            api.socketModeAt(gone.url());
        }

        assertThatThrownBy(() -> adapter().start()).isInstanceOf(DoorwayException.class)
                .hasMessageContaining("no Socket Mode connection to 127.0.0.1");
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
                new JdbiOutbox(database, clock), HomeFacts.none(), afterAck, Foreground.none(), clock),
                Duration.ofSeconds(1));
    }
}
