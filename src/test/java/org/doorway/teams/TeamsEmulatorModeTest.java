package org.doorway.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.doorway.conversation.TurnsFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamsEmulatorModeTest {
    @TempDir
    Path folder;
    private TeamsHarness teams;

    @BeforeEach
    void start() {
        teams = new TeamsHarness(folder, true, TurnsFixture.noTechnologists(), Runnable::run);
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    @Test
    void unauthenticatedActivityFromLoopback_isTaken_andAnsweredWithoutAToken() {
        String body = ActivityFixture.message("m-1", teams.connector.serviceUrl(), "hello").toString();
        assertThat(teams.post(body, null).statusCode()).isEqualTo(202);
        assertThat(teams.intake.received()).hasSize(1);
        assertThat(teams.connector.calls().get(0).header("Authorization")).isNull();
        assertThat(teams.connector.tokenRequests()).isEmpty();
    }

    @Test
    void unauthenticatedActivityNamingAnotherHost_isRefused() {
        String body = ActivityFixture.message("m-1", "https://smba.trafficmanager.net/emea/", "hello").toString();
        assertThat(teams.post(body, null).statusCode()).isEqualTo(401);
        assertThat(teams.intake.received()).isEmpty();
    }

    @Test
    void loopback_meansLocalhostOr127OrIpv6Loopback() {
        assertThat(LocalEmulator.onLoopback("http://localhost:56150/_connector")).isTrue();
        assertThat(LocalEmulator.onLoopback("http://127.0.0.1:3978/")).isTrue();
        assertThat(LocalEmulator.onLoopback("http://127.8.9.10/")).isTrue();
        assertThat(LocalEmulator.onLoopback("http://[::1]:56150/_connector")).isTrue();
        assertThat(LocalEmulator.onLoopback("http://localhost.evil.example/")).isFalse();
        assertThat(LocalEmulator.onLoopback("http://127.0.0.1.nip.io/")).isFalse();
        assertThat(LocalEmulator.onLoopback("http://user@evil.example@127.0.0.1/")).isFalse();
        assertThat(LocalEmulator.onLoopback("file:///etc/passwd")).isFalse();
        assertThat(LocalEmulator.onLoopback("")).isFalse();
        assertThat(LocalEmulator.onLoopback(null)).isFalse();
    }
}
