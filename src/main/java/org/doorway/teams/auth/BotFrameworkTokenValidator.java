package org.doorway.teams.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the {@code Authorization: Bearer …} header of an activity sent by the
 * Bot Framework connector, as Microsoft's SDKs do: RS256 with a published key,
 * issuer, audience (the bot's app id), lifetime with five minutes of skew, the
 * {@code serviceurl} claim equal to the activity's {@code serviceUrl}, and the
 * key endorsed for the activity's {@code channelId}. Thread-safe.
 */
public final class BotFrameworkTokenValidator {
    public static final URI BOT_FRAMEWORK_METADATA =
            URI.create("https://login.botframework.com/v1/.well-known/openidconfiguration");
    static final String ISSUER = "https://api.botframework.com";
    private static final int MAX_HEADER_LENGTH = 16 * 1024;
    private static final Logger log = LoggerFactory.getLogger(BotFrameworkTokenValidator.class);

    private final String appId;
    private final OpenIdSigningKeys keys;
    private final TokenClaims claims;

    /** Keys from {@code metadataUrl}, refreshed daily and refetched (at most every five minutes) on an unknown key. */
    public BotFrameworkTokenValidator(String appId, URI metadataUrl, HttpClient http, Clock clock) {
        this.appId = appId;
        this.keys = new OpenIdSigningKeys(http, metadataUrl, clock, Duration.ofHours(24), Duration.ofMinutes(5));
        this.claims = new TokenClaims(ISSUER, appId, Duration.ofMinutes(5), clock);
    }

    /**
     * The verdict on one request. {@code authorization} is the raw header (null
     * when absent); {@code channelId} and {@code serviceUrl} come from the
     * activity's body.
     */
    public TokenCheck check(String authorization, String channelId, String serviceUrl) {
        if (authorization == null || authorization.isBlank()) {
            return new TokenCheck.Unauthorized("no Authorization header");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() > MAX_HEADER_LENGTH) {
            return new TokenCheck.Unauthorized("the Authorization header is not a bearer token");
        }
        if (channelId == null || channelId.isBlank() || serviceUrl == null || serviceUrl.isBlank()) {
            return new TokenCheck.Unauthorized("the activity has no channelId or serviceUrl");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(authorization.substring(7).trim());
        } catch (ParseException notAJwt) {
            return new TokenCheck.Unauthorized("the bearer token is not a signed JWT");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || jwt.getHeader().getKeyID() == null) {
            return new TokenCheck.Unauthorized("the token is not RS256 with a key id");
        }
        Optional<EndorsedKey> key;
        try {
            key = keys.find(jwt.getHeader().getKeyID());
        } catch (SigningKeysUnavailable unavailable) {
            return new TokenCheck.Unavailable("signing keys unavailable: " + unavailable.getMessage());
        }
        if (key.isEmpty()) {
            return new TokenCheck.Unauthorized("the token's signing key is not published by the Bot Framework");
        }
        if (!verifies(jwt, key.get())) {
            return new TokenCheck.Unauthorized("bad signature");
        }
        Optional<String> problem = claims.problem(jwt, serviceUrl);
        if (problem.isPresent()) {
            return new TokenCheck.Unauthorized(problem.get());
        }
        if (!key.get().endorses(channelId)) {
            return new TokenCheck.Forbidden("the signing key is not endorsed for channel " + channelId);
        }
        return new TokenCheck.Valid();
    }

    /**
     * Fetches the signing keys when none are at hand or they are stale, so the
     * first activity need not wait for them; for the background health check.
     * Throws {@link org.doorway.DoorwayException} when they cannot be fetched.
     */
    public void warmUp() {
        keys.ensureFresh();
    }

    private static boolean verifies(SignedJWT jwt, EndorsedKey key) {
        try {
            return jwt.verify(new RSASSAVerifier(key.key()));
        } catch (JOSEException unusable) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "BotFrameworkTokenValidator[app " + appId + "]";
    }
}
