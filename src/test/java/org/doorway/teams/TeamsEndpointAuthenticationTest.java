package org.doorway.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.teams.TeamsHarness.NOW;

import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.file.Path;
import java.util.Date;
import java.util.function.Function;
import java.util.stream.Stream;
import org.doorway.conversation.TurnsFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests that fail verification are refused and leave no trace: no intake, no reference, no reply. */
class TeamsEndpointAuthenticationTest {
    @TempDir
    Path folder;
    private TeamsHarness teams;

    @BeforeEach
    void start() {
        teams = new TeamsHarness(folder);
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                bad("missing header", 401, harness -> null),
                bad("expired", 401, harness -> harness.issuer.bearer(claims(harness)
                        .expirationTime(Date.from(NOW.minusSeconds(600))).build())),
                bad("wrong audience", 401, harness -> harness.issuer.bearer(claims(harness).audience("other-bot")
                        .build())),
                bad("wrong issuer", 401, harness -> harness.issuer.bearer(claims(harness)
                        .issuer("https://sts.windows.net/x/").build())),
                bad("serviceurl mismatch", 401, harness -> harness.issuer.bearer(claims(harness)
                        .claim("serviceurl", "https://evil.example/").build())),
                bad("unknown key", 401, harness -> FakeBotFrameworkIssuer.bearer(claims(harness).build(),
                        FakeBotFrameworkIssuer.generate("stranger"))),
                bad("bad signature", 401, harness -> FakeBotFrameworkIssuer.bearer(claims(harness).build(),
                        FakeBotFrameworkIssuer.generate("published-key"))),
                bad("unendorsed channel", 403, harness -> {
                    harness.issuer.endorse("webchat");
                    return harness.token();
                }));
    }

    private static Arguments bad(String name, int status, Function<TeamsHarness, String> header) {
        return Arguments.of(name, status, header);
    }

    private static JWTClaimsSet.Builder claims(TeamsHarness harness) {
        return harness.issuer.claims(NOW).claim("serviceurl", harness.connector.serviceUrl());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void badToken_isRefused_andNothingIsProcessed(String name, int status, Function<TeamsHarness, String> header) {
        String body = ActivityFixture.message("m-1", teams.connector.serviceUrl(), "hello").toString();
        assertThat(teams.post(body, header.apply(teams)).statusCode()).isEqualTo(status);
        assertThat(teams.intake.received()).isEmpty();
        assertThat(teams.references.find(ActivityFixture.PERSONAL_CHAT)).isEmpty();
        assertThat(teams.connector.calls()).isEmpty();
        if (status == 403) {
            return; // the cached key set still says what it said; a retry with the same key stays refused
        }
        assertThat(teams.post(body, teams.token()).statusCode()).as("the genuine delivery is still taken")
                .isEqualTo(202);
        assertThat(teams.intake.received()).hasSize(1);
    }

    @Test
    void answersBeforeTheWorkIsDone() {
        teams.close();
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        teams = new TeamsHarness(folder, false, TurnsFixture.noTechnologists(), queued::add);
        assertThat(teams.post(ActivityFixture.message("m-1", teams.connector.serviceUrl(), "hi")).statusCode())
                .isEqualTo(202);
        assertThat(teams.intake.received()).isEmpty();
        queued.forEach(Runnable::run);
        assertThat(teams.intake.received()).hasSize(1);
    }

    @Test
    void recordsEveryMessageBeforeItAnswers_soOneAnsweredJustBeforeACrashIsStillTaken() {
        teams.close();
        java.util.List<Runnable> lostInTheCrash = new java.util.ArrayList<>();
        teams = new TeamsHarness(folder, false, TurnsFixture.noTechnologists(), lostInTheCrash::add);
        var activity = ActivityFixture.message("m-1", teams.connector.serviceUrl(), "hi");
        assertThat(teams.post(activity).statusCode()).isEqualTo(202);
        assertThat(teams.inbox.pending("teams:", TeamsHarness.NOW.plusSeconds(1), 10)).singleElement()
                .satisfies(event -> assertThat(event.work()).hasValueSatisfying(work -> assertThat(work)
                        .contains("\"hi\"")));
        assertThat(teams.intake.received()).isEmpty();

        teams.clock.advance(java.time.Duration.ofMinutes(2));
        teams.adapter.redelivery(java.time.Duration.ofMinutes(1)).run(java.time.Duration.ofSeconds(5));
        teams.deliver();
        assertThat(teams.intake.received()).hasSize(1);
        assertThat(teams.connector.calls()).hasSize(1);

        assertThat(teams.post(activity).statusCode()).as("a repeat is acknowledged only").isEqualTo(202);
        lostInTheCrash.forEach(Runnable::run);
        teams.adapter.redelivery(java.time.Duration.ofMinutes(1)).run(java.time.Duration.ofSeconds(5));
        assertThat(teams.intake.received()).as("answered once").hasSize(1);
        assertThat(teams.inbox.pending("teams:", teams.clock.instant(), 10)).isEmpty();
    }
}
