package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.doorway.slack.FakeSlackApi;
import org.doorway.slack.SlackPayloads;
import org.doorway.slack.SlackSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a real Doorway process right after Slack's event was acked: the
 * work after the ack finishes (its reply reaches Slack or waits in the
 * outbox), the jobs' leases are let go for another instance, and the process
 * exits well within its grace.
 */
class GracefulShutdownTest {
    @TempDir
    Path folder;

    @Test
    void sigterm_finishesInFlightWork_releasesLeases_exitsInTime() throws Exception {
        Path database = folder.resolve("doorway.db");
        try (FakeSlackApi api = new FakeSlackApi();
                DoorwayProcess doorway = DoorwayProcess.serve(Map.of("PORT", "0",
                        "DATABASE_URL", "jdbc:sqlite:" + database,
                        "SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", "secret",
                        "SLACK_API_URL", api.url(), "SHUTDOWN_GRACE_SECONDS", "20"), folder.resolve("serve.log"))) {
            int port = doorway.awaitPort(Duration.ofSeconds(60));
            awaitModel(doorway);
            SlackSigner slack = SlackSigner.to("secret", "http://127.0.0.1:" + port + "/slack/events");
            Thread.sleep(500); // let the delivery job claim its lease once
            api.delay(300);

            assertThat(slack.postJson(SlackPayloads.directMessage("Ev1", "U1", "D1", "my students never talk"))
                    .statusCode()).isEqualTo(200);
            long stopping = System.nanoTime();
            doorway.terminate();
            int code = doorway.awaitExit(Duration.ofSeconds(30));
            long tookMillis = (System.nanoTime() - stopping) / 1_000_000;

            assertThat(code).as("the JVM's exit on SIGTERM, not the deadline's").isEqualTo(143);
            assertThat(tookMillis).isLessThan(20_000);
            assertThat(doorway.log()).contains("Stopping: no new requests").contains("Stopped in");
            try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + database);
                    Connection inbox = DriverManager.getConnection("jdbc:sqlite:"
                            + folder.resolve("doorway-inbox.db"))) {
                assertThat(count(sql, "SELECT COUNT(*) FROM leases")).as("every lease let go").isZero();
                // On a busy machine the turn may not have started before SIGTERM: then the event waits in
                // the inbox, and the next start answers it.
                assertThat(api.calls("chat.postMessage").size()
                        + count(sql, "SELECT COUNT(*) FROM outbox WHERE status = 'pending' AND lane LIKE '%D1%'")
                        + count(inbox, "SELECT COUNT(*) FROM processed_events WHERE handled_at IS NULL "
                                + "AND work IS NOT NULL"))
                        .as("the acked message was answered, its answer waits in the outbox, or it waits in the inbox")
                        .isPositive();
            }
        }
    }

    /**
     * This test is about in-flight work answered as Doorway answers it, so it stops Doorway once the model has
     * loaded (or is known to be off). A stop during the load is {@link ModelLoadStopTest}'s.
     */
    private static void awaitModel(DoorwayProcess doorway) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!doorway.log().contains("Sentence embeddings")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the embedding model neither loaded nor gave up:\n" + doorway.log());
            }
            Thread.sleep(100);
        }
    }

    private static int count(Connection sql, String query) throws Exception {
        try (ResultSet rows = sql.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
