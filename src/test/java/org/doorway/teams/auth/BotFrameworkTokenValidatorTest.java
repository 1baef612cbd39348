package org.doorway.teams.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.teams.FakeBotFrameworkIssuer.APP_ID;
import static org.doorway.teams.FakeBotFrameworkIssuer.SERVICE_URL;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.doorway.teams.FakeBotFrameworkIssuer;
import org.doorway.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BotFrameworkTokenValidatorTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final FakeBotFrameworkIssuer issuer = new FakeBotFrameworkIssuer();
    private final TestClock clock = new TestClock(NOW);
    private final BotFrameworkTokenValidator validator = new BotFrameworkTokenValidator(APP_ID,
            issuer.metadataUrl(), HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), clock);

    @AfterEach
    void stop() {
        issuer.close();
    }

    private TokenCheck check(String header) {
        return validator.check(header, "msteams", SERVICE_URL);
    }

    @Test
    void validToken_isAccepted() {
        assertThat(check(issuer.bearer(issuer.claims(NOW).build()))).isEqualTo(new TokenCheck.Valid());
    }

    @Test
    void missingOrMalformedHeader_isUnauthorized() {
        assertThat(check(null)).isInstanceOf(TokenCheck.Unauthorized.class);
        assertThat(check("")).isInstanceOf(TokenCheck.Unauthorized.class);
        assertThat(check("Basic dXNlcjpwYXNz")).isInstanceOf(TokenCheck.Unauthorized.class);
        assertThat(check("Bearer not-a-jwt")).isInstanceOf(TokenCheck.Unauthorized.class);
    }

    @Test
    void expiredToken_isUnauthorized_butFiveMinutesOfSkewAreAllowed() {
        String expired = issuer.bearer(issuer.claims(NOW).expirationTime(Date.from(NOW.minusSeconds(6 * 60))).build());
        String justExpired = issuer.bearer(issuer.claims(NOW).expirationTime(Date.from(NOW.minusSeconds(4 * 60)))
                .build());
        assertThat(check(expired)).isInstanceOf(TokenCheck.Unauthorized.class);
        assertThat(check(justExpired)).isEqualTo(new TokenCheck.Valid());
    }

    @Test
    void tokenNotValidYet_isUnauthorized() {
        String future = issuer.bearer(issuer.claims(NOW).notBeforeTime(Date.from(NOW.plusSeconds(6 * 60))).build());
        assertThat(check(future)).isInstanceOf(TokenCheck.Unauthorized.class);
    }

    @Test
    void wrongAudience_isUnauthorized() {
        assertThat(check(issuer.bearer(issuer.claims(NOW).audience("another-bot").build())))
                .isEqualTo(new TokenCheck.Unauthorized("wrong audience [another-bot]"));
    }

    @Test
    void wrongIssuer_isUnauthorized() {
        assertThat(check(issuer.bearer(issuer.claims(NOW).issuer("https://sts.windows.net/evil/").build())))
                .isInstanceOf(TokenCheck.Unauthorized.class);
    }

    @Test
    void keyNotEndorsedForTheChannel_isForbidden() {
        issuer.endorse("webchat", "skype");
        assertThat(check(issuer.bearer(issuer.claims(NOW).build()))).isInstanceOf(TokenCheck.Forbidden.class);
    }

    @Test
    void activityFromAnotherChannel_isForbidden() {
        String token = issuer.bearer(issuer.claims(NOW).build());
        assertThat(validator.check(token, "slack", SERVICE_URL)).isInstanceOf(TokenCheck.Forbidden.class);
    }

    @Test
    void serviceUrlClaimThatDiffersFromTheActivity_isUnauthorized() {
        String token = issuer.bearer(issuer.claims(NOW).build());
        assertThat(validator.check(token, "msteams", "https://evil.example/")).isInstanceOf(
                TokenCheck.Unauthorized.class);
        String noClaim = issuer.bearer(issuer.claims(NOW).claim("serviceurl", null).build());
        assertThat(check(noClaim)).isInstanceOf(TokenCheck.Unauthorized.class);
    }

    @Test
    void unknownKeyId_isUnauthorized_andRefetchesTheKeysAtMostOncePerFiveMinutes() {
        check(issuer.bearer(issuer.claims(NOW).build()));
        clock.advance(Duration.ofMinutes(6));
        var stranger = FakeBotFrameworkIssuer.generate("unknown-key");
        assertThat(check(FakeBotFrameworkIssuer.bearer(issuer.claims(NOW).build(), stranger)))
                .isEqualTo(new TokenCheck.Unauthorized("the token's signing key is not published by the Bot Framework"));
        check(FakeBotFrameworkIssuer.bearer(issuer.claims(NOW).build(), stranger));
        assertThat(issuer.keyDownloads()).isEqualTo(2);
    }

    @Test
    void signatureByAnotherKeyUnderThePublishedKeyId_isUnauthorized() {
        var impostor = FakeBotFrameworkIssuer.generate("published-key");
        assertThat(check(FakeBotFrameworkIssuer.bearer(issuer.claims(NOW).build(), impostor)))
                .isEqualTo(new TokenCheck.Unauthorized("bad signature"));
    }

    @Test
    void symmetricallySignedToken_isUnauthorized() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("published-key").build(),
                issuer.claims(NOW).build());
        jwt.sign(new MACSigner(new byte[32]));
        assertThat(check("Bearer " + jwt.serialize())).isInstanceOf(TokenCheck.Unauthorized.class);
    }

    @Test
    void keysAreCached_andRefreshedAfterADay() {
        check(issuer.bearer(issuer.claims(NOW).build()));
        check(issuer.bearer(issuer.claims(NOW).build()));
        assertThat(issuer.keyDownloads()).isEqualTo(1);
        clock.advance(Duration.ofHours(25));
        JWTClaimsSet later = issuer.claims(clock.instant()).build();
        assertThat(check(issuer.bearer(later))).isEqualTo(new TokenCheck.Valid());
        assertThat(issuer.keyDownloads()).isEqualTo(2);
    }

    @Test
    void unreachableMetadata_isUnavailable_notTheSendersFault() {
        BotFrameworkTokenValidator offline = new BotFrameworkTokenValidator(APP_ID,
                URI.create("http://127.0.0.1:9/nothing"), HttpClient.newHttpClient(), clock);
        assertThat(offline.check(issuer.bearer(issuer.claims(NOW).build()), "msteams", SERVICE_URL))
                .isInstanceOfSatisfying(TokenCheck.Unavailable.class, unavailable ->
                        assertThat(unavailable.reason()).startsWith("signing keys unavailable"));
    }
}
