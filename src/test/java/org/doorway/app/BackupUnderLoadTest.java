package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.doorway.slack.FakeSlackApi;
import org.doorway.slack.SlackPayloads;
import org.doorway.slack.SlackSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} while Slack's events stream in, then {@code restore} into an
 * empty folder: every event acked before the backup began is in the restored
 * inbox (answered, or waiting to be answered after the restart).
 */
class BackupUnderLoadTest {
    @TempDir
    Path folder;

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void backupTakenUnderLoad_restoresEveryAckedEvent() throws Exception {
        Files.createDirectories(folder.resolve("live"));
        Files.createDirectories(folder.resolve("restored"));
        Map<String, String> live = Map.of("DATABASE_URL", "jdbc:sqlite:" + folder.resolve("live/doorway.db"));
        Set<String> acked = ConcurrentHashMap.newKeySet();
        AtomicBoolean loading = new AtomicBoolean(true);
        Set<String> ackedBeforeBackup;
        CommandRun backup;
        try (FakeSlackApi api = new FakeSlackApi();
                EmbeddedDoorway doorway = EmbeddedDoorway.start(Map.of("PORT", "0",
                        "DATABASE_URL", live.get("DATABASE_URL"),
                        "SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", "secret",
                        "SLACK_API_URL", api.url()))) {
            SlackSigner slack = SlackSigner.to("secret", "http://127.0.0.1:" + doorway.port() + "/slack/events");
            Thread[] senders = new Thread[2];
            for (int s = 0; s < senders.length; s++) {
                int sender = s;
                senders[s] = new Thread(() -> {
                    for (int i = 0; loading.get(); i++) {
                        String id = "Ev" + sender + "x" + i;
                        String user = "U" + sender + (i % 5);
                        if (slack.postJson(SlackPayloads.directMessage(id, user, "D" + user.substring(1),
                                "students are not engaging in my seminars " + i)).statusCode() == 200) {
                            acked.add(id);
                        }
                        pause(4); // a steady stream, about 400 events a second from both senders
                    }
                });
                senders[s].start();
            }
            while (acked.size() < 150) {
                Thread.sleep(10);
            }
            ackedBeforeBackup = new HashSet<>(acked);
            backup = CommandRun.with(live, "", "backup", folder.resolve("backup.db").toString());
            Thread.sleep(300);
            loading.set(false);
            for (Thread sender : senders) {
                sender.join();
            }
        }
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("backup.db").contains("backup-inbox.db");

        Map<String, String> restored = Map.of("DATABASE_URL", "jdbc:sqlite:" + folder.resolve("restored/doorway.db"));
        CommandRun restore = CommandRun.with(restored, "", "restore", folder.resolve("backup.db").toString());
        assertThat(restore.code()).as(restore.err()).isZero();

        Set<String> keys = new HashSet<>();
        try (Connection inbox = DriverManager.getConnection(
                "jdbc:sqlite:" + folder.resolve("restored/doorway-inbox.db"));
                ResultSet rows = inbox.createStatement().executeQuery("SELECT event_key FROM processed_events")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        assertThat(ackedBeforeBackup).hasSizeGreaterThanOrEqualTo(150);
        assertThat(keys).containsAll(ackedBeforeBackup.stream().map(id -> "slack:" + id).toList());
        try (Connection main = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("restored/doorway.db"));
                ResultSet check = main.createStatement().executeQuery("PRAGMA integrity_check")) {
            check.next();
            assertThat(check.getString(1)).isEqualTo("ok");
        }

        CommandRun again = CommandRun.with(restored, "", "restore", folder.resolve("backup.db").toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("refusing to restore over");
    }
}
