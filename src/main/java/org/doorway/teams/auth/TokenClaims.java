package org.doorway.teams.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/** The claim checks on a token whose signature is already verified. */
final class TokenClaims {
    private final String issuer;
    private final String audience;
    private final Duration skew;
    private final Clock clock;

    TokenClaims(String issuer, String audience, Duration skew, Clock clock) {
        this.issuer = issuer;
        this.audience = audience;
        this.skew = skew;
        this.clock = clock;
    }

    /** What is wrong with the claims, or empty when they are right. */
    Optional<String> problem(SignedJWT jwt, String activityServiceUrl) {
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException unreadable) {
            return Optional.of("unreadable claims");
        }
        Instant now = clock.instant();
        if (!issuer.equals(claims.getIssuer())) {
            return Optional.of("wrong issuer " + claims.getIssuer());
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(audience)) {
            return Optional.of("wrong audience " + claims.getAudience());
        }
        Date expires = claims.getExpirationTime();
        if (expires == null || expires.toInstant().plus(skew).isBefore(now)) {
            return Optional.of("expired or no expiry");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().minus(skew).isAfter(now)) {
            return Optional.of("not valid yet");
        }
        Object serviceUrl = claims.getClaim("serviceurl");
        if (!(serviceUrl instanceof String claimed) || !claimed.equals(activityServiceUrl)) {
            return Optional.of("the serviceurl claim does not match the activity's serviceUrl");
        }
        return Optional.empty();
    }
}
