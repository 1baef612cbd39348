package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A DPO's duties: a subject's data exported, erased with counts kept, and old data expired (with a dry run). */
class PrivacyCommandsTest {
    @TempDir
    Path folder;

    private String url;

    @BeforeEach
    void twoStaffMembersAskedForHelp() throws Exception {
        assertThat(CommandRun.of(folder, "", "migrate").code()).isZero();
        url = "jdbc:sqlite:" + folder.resolve("doorway.db");
        long old = Instant.now().minus(Duration.ofDays(100)).toEpochMilli();
        long fresh = Instant.now().toEpochMilli();
        try (Connection sql = DriverManager.getConnection(url)) {
            sql.createStatement().executeUpdate("""
                    INSERT INTO requests (platform, user_id, conversation_id, text, outcome, top_need, status,
                        created_at, updated_at) VALUES
                      ('slack', 'U1', 'D1', 'my seminar groups never speak', 'matched', 'discussion', 'answered', %d, %d),
                      ('slack', 'U1', 'D1', 'quiz marks vanished', 'fault', NULL, 'handed-off', %d, %d),
                      ('slack', 'U2', 'D2', 'feedback on essays takes weeks', 'matched', 'feedback', 'answered', %d, %d)
                    """.formatted(old, old, fresh, fresh, fresh, fresh));
            sql.createStatement().executeUpdate("""
                    INSERT INTO conversations (platform, user_id, conversation_id, state, updated_at) VALUES
                      ('slack', 'U1', 'D1', '{"said":"quiz marks vanished"}', %d)""".formatted(fresh));
        }
    }

    @Test
    void export_holdsEverythingAboutThatUserOnly_andIsRecorded() throws Exception {
        CommandRun export = CommandRun.of(folder, "", "privacy", "export", "slack:U1");

        assertThat(export.code()).isZero();
        assertThat(export.out()).contains("my seminar groups never speak").contains("quiz marks vanished")
                .doesNotContain("feedback on essays");
        assertThat(query("SELECT action FROM data_protection_log")).isEqualTo("export");
    }

    @Test
    void erase_removesTheirWords_keepsTheCounts_recordsWithoutTheirId() throws Exception {
        CommandRun erase = CommandRun.of(folder, "", "privacy", "erase", "slack:U1");

        assertThat(erase.code()).isZero();
        assertThat(query("SELECT COUNT(*) FROM requests")).isEqualTo("3");
        assertThat(query("SELECT COUNT(*) FROM requests WHERE user_id = 'U1' OR text LIKE '%quiz%'")).isEqualTo("0");
        assertThat(query("SELECT COUNT(*) FROM requests WHERE outcome = 'fault'")).as("counts kept").isEqualTo("1");
        assertThat(query("SELECT COUNT(*) FROM conversations")).isEqualTo("0");
        assertThat(query("SELECT subject || ' ' || detail FROM data_protection_log WHERE action = 'erase'"))
                .doesNotContain("U1").contains("requests=2");
        assertThat(CommandRun.of(folder, "", "privacy", "export", "slack:U1").out()).doesNotContain("quiz");
    }

    @Test
    void badUser_isAUsageError() {
        CommandRun run = CommandRun.of(folder, "", "privacy", "erase", "U1");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("slack:U0123ABC");
    }

    @Test
    void retention_dryRunSaysWhatWouldGo_thenTheRunTakesOnlyOldText() throws Exception {
        Map<String, String> env = Map.of("DATABASE_URL", url, "RETENTION_CONVERSATION_DAYS", "30");

        CommandRun dryRun = CommandRun.with(env, "", "retention", "--dry-run");
        assertThat(dryRun.code()).isZero();
        assertThat(dryRun.out()).contains("conversation text (older than 30 days, RETENTION_CONVERSATION_DAYS): 1 rows "
                + "would be removed").contains("Nothing was changed");
        assertThat(query("SELECT COUNT(*) FROM requests WHERE text LIKE '%seminar%'")).isEqualTo("1");

        assertThat(CommandRun.with(env, "", "retention").code()).isZero();
        assertThat(query("SELECT COUNT(*) FROM requests WHERE text = '[expired]'")).isEqualTo("1");
        assertThat(query("SELECT COUNT(*) FROM requests WHERE text LIKE '%quiz%'")).as("recent text kept")
                .isEqualTo("1");
        assertThat(query("SELECT COUNT(*) FROM requests WHERE outcome = 'matched'")).isEqualTo("2");
    }

    private String query(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            StringBuilder all = new StringBuilder();
            while (rows.next()) {
                all.append(all.length() > 0 ? "\n" : "").append(rows.getString(1));
            }
            return all.toString();
        }
    }

    /** U1 is also a technologist (ada@uni.example) who edits the catalogue, asked to be reminded, and had a turn fail. */
    private void remindersSetAsideEventsAndAuditEntries(long at) throws Exception {
        try (Connection sql = DriverManager.getConnection(url)) {
            sql.createStatement().executeUpdate("""
                    INSERT INTO technologists (id, name, email, available, capacity, position, detail)
                    VALUES ('ada', 'Ada', 'ada@uni.example', TRUE, 3, 0, '{}')""");
            sql.createStatement().executeUpdate(
                    "INSERT INTO technologist_chat_ids (platform, user_id, technologist_id) VALUES ('slack', 'U1', 'ada')");
            sql.createStatement().executeUpdate("""
                    INSERT INTO webinar_reminders (platform, user_id, conversation, session_id, starts_at, ends_at,
                        remind_at, created_at) VALUES
                      ('slack', 'U1', 'D1', 'padlet-basics-1', %1$d, %1$d, %1$d, %1$d),
                      ('slack', 'U2', 'D2', 'padlet-basics-1', %1$d, %1$d, %1$d, %1$d)""".formatted(at));
            sql.createStatement().executeUpdate("""
                    INSERT INTO set_aside_events (event_key, received_at, set_aside_at, reason, work) VALUES
                      ('slack:EvA', %1$d, %1$d, 'a bug', '{"user":"U1","kind":"message","text":"turnitin is stuck"}'),
                      ('slack:EvB', %1$d, %1$d, 'a bug', '{"user":"U2","kind":"message","text":"moodle quiz help"}')
                    """.formatted(at));
            sql.createStatement().executeUpdate("""
                    INSERT INTO admin_audit_log (at, actor, action, subject, before_json, after_json) VALUES
                      (%1$d, 'ada@uni.example', 'tool.edit', 'padlet', '{"name":"Padlet"}', '{"name":"Padlet 2"}'),
                      (%1$d, 'bob@uni.example', 'roster.edit', 'ada', NULL, '{"slack":"U1","name":"Ada"}'),
                      (%1$d, 'bob@uni.example', 'tool.edit', 'miro', '{"name":"Miro"}', '{"name":"Miro board"}')
                    """.formatted(at));
        }
    }

    @Test
    void exportAndErase_reachRemindersSetAsideEventsAndTheAdminAuditLog() throws Exception {
        remindersSetAsideEventsAndAuditEntries(Instant.now().toEpochMilli());

        CommandRun export = CommandRun.of(folder, "", "privacy", "export", "slack:U1");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("padlet-basics-1").contains("turnitin is stuck").contains("Padlet 2")
                .contains("roster.edit").doesNotContain("moodle quiz help").doesNotContain("Miro board");

        assertThat(CommandRun.of(folder, "", "privacy", "erase", "slack:U1").code()).isZero();
        assertThat(query("SELECT user_id FROM webinar_reminders")).isEqualTo("U2");
        assertThat(query("SELECT event_key FROM set_aside_events")).isEqualTo("slack:EvB");
        assertThat(query("SELECT COUNT(*) FROM admin_audit_log")).as("entries kept").isEqualTo("3");
        assertThat(query("SELECT COUNT(*) FROM admin_audit_log WHERE actor = 'ada@uni.example' "
                + "OR after_json LIKE '%U1%'")).isEqualTo("0");
        assertThat(query("SELECT after_json FROM admin_audit_log WHERE subject = 'miro'")).isEqualTo(
                "{\"name\":\"Miro board\"}");
    }

    @Test
    void retention_coversTheAdminAuditLogRemindersAndSetAsideEvents() throws Exception {
        remindersSetAsideEventsAndAuditEntries(Instant.now().minus(Duration.ofDays(100)).toEpochMilli());
        Map<String, String> env = Map.of("DATABASE_URL", url, "RETENTION_ADMIN_AUDIT_DAYS", "60");

        CommandRun dryRun = CommandRun.with(env, "", "retention", "--dry-run");
        assertThat(dryRun.out()).contains("admin audit (older than 60 days, RETENTION_ADMIN_AUDIT_DAYS): 3 rows")
                .contains("webinar reminders (older than 30 days, RETENTION_REMINDER_DAYS): 2 rows")
                .contains("set aside events (older than 90 days, RETENTION_SET_ASIDE_DAYS): 2 rows");
        assertThat(query("SELECT COUNT(*) FROM admin_audit_log")).isEqualTo("3");

        assertThat(CommandRun.with(env, "", "retention").code()).isZero();
        assertThat(query("SELECT (SELECT COUNT(*) FROM admin_audit_log) + (SELECT COUNT(*) FROM webinar_reminders) "
                + "+ (SELECT COUNT(*) FROM set_aside_events)")).isEqualTo("0");
    }
}
