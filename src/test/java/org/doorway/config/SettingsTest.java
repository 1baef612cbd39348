package org.doorway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void noVariables_giveLocalModeOnSqlite() {
        Settings.Loaded loaded = Settings.load(Map.of());
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.settings().port()).isEqualTo(3000);
        assertThat(loaded.settings().database().kind()).isEqualTo(DatabaseSettings.Kind.SQLITE);
        assertThat(loaded.settings().localMode()).isTrue();
    }

    @Test
    void everyProblem_isReportedOnceWithTheVariableAndAFix() {
        Settings.Loaded loaded = Settings.load(Map.of("PORT", "abc", "DATABASE_URL", "jdbc:nosuchdb://x",
                "SLACK_SIGNING_SECRET", "s"));
        assertThat(loaded.problems()).hasSize(3);
        assertThat(loaded.problems().get(0)).startsWith("PORT ").contains("whole number");
        assertThat(loaded.problems().get(1)).startsWith("DATABASE_URL ").contains("jdbc:postgresql://");
        assertThat(loaded.problems().get(2)).startsWith("SLACK_BOT_TOKEN ").contains("xoxb-");
    }

    @Test
    void sqliteInMissingFolder_isAProblem(@TempDir Path folder) {
        String url = "jdbc:sqlite:" + folder.resolve("nope/doorway.db");
        assertThat(Settings.load(Map.of("DATABASE_URL", url)).problems())
                .singleElement().asString().contains("does not exist");
    }

    @Test
    void postgresPassword_isNeverShown() {
        DatabaseSettings settings = Settings.load(Map.of("DATABASE_URL",
                "jdbc:postgresql://db:5432/doorway?user=d&password=secret")).settings().database();
        assertThat(settings.kind()).isEqualTo(DatabaseSettings.Kind.POSTGRESQL);
        assertThat(settings.toString()).doesNotContain("secret");
    }

    @Test
    void slackSecrets_areNeverShown() {
        Settings settings = Settings.load(Map.of("SLACK_BOT_TOKEN", "xoxb-123", "SLACK_SIGNING_SECRET", "topsecret",
                "SLACK_API_URL", "http://localhost:9999/api")).settings();
        assertThat(settings.slack()).isPresent();
        assertThat(settings.slack().get().apiUrl()).isEqualTo("http://localhost:9999/api/");
        assertThat(settings.toString()).doesNotContain("xoxb-123").doesNotContain("topsecret");
        assertThat(settings.localMode()).isFalse();
    }

    @Test
    void teamsEmulatorWithPassword_isRefused() {
        assertThat(Settings.load(Map.of("TEAMS_APP_ID", "app", "TEAMS_APP_PASSWORD", "pw", "TEAMS_EMULATOR", "true"))
                .problems()).singleElement().asString().startsWith("TEAMS_EMULATOR");
    }

    @Test
    void teamsEndpoints_canBeReplaced_butOnlyByHttpUrls() {
        Settings.Loaded loaded = Settings.load(Map.of("TEAMS_APP_ID", "app", "TEAMS_APP_PASSWORD", "pw",
                "TEAMS_OPENID_METADATA_URL", "http://127.0.0.1:9/openid", "TEAMS_TOKEN_URL", "ftp://nope"));
        assertThat(loaded.problems()).singleElement().asString().startsWith("TEAMS_TOKEN_URL must be an http(s) URL");
        assertThat(loaded.settings().teams().orElseThrow().openIdMetadata())
                .contains(java.net.URI.create("http://127.0.0.1:9/openid"));
        assertThat(loaded.settings().teams().orElseThrow().toString()).doesNotContain("pw");
    }
}
