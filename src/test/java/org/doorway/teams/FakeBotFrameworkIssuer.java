package org.doorway.teams;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A stand-in for login.botframework.com: an RSA key published in a key set
 * with endorsements, OpenID metadata pointing at it, and tokens signed as the
 * Bot Framework connector signs them.
 */
public final class FakeBotFrameworkIssuer implements AutoCloseable {
    public static final String APP_ID = "6f1e2a3b-1111-4222-8333-944455556666";
    public static final String ISSUER = "https://api.botframework.com";
    public static final String SERVICE_URL = "https://smba.trafficmanager.net/emea/";

    /** Generated once per test run: generating keys is slow. */
    private static final RSAKey PUBLISHED = generate("published-key");

    private final RSAKey key = PUBLISHED;
    private volatile List<String> endorsements = List.of("msteams");
    private final FakeHttpServer http = new FakeHttpServer(this::answer);

    /** A new RSA key. */
    public static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException failure) {
            throw new IllegalStateException(failure);
        }
    }

    public URI metadataUrl() {
        return http.uri("/v1/.well-known/openidconfiguration");
    }

    public void endorse(String... channels) {
        endorsements = List.of(channels);
    }

    /** How many times the key set was downloaded. */
    public long keyDownloads() {
        return http.exchanges().stream().filter(exchange -> exchange.path().equals("/keys")).count();
    }

    /** Claims a real connector would send at {@code now}. */
    public JWTClaimsSet.Builder claims(Instant now) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(APP_ID)
                .issueTime(Date.from(now.minusSeconds(10)))
                .notBeforeTime(Date.from(now.minusSeconds(10)))
                .expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("serviceurl", SERVICE_URL);
    }

    /** An {@code Authorization} header value signed with the published key. */
    public String bearer(JWTClaimsSet claims) {
        return bearer(claims, key);
    }

    public static String bearer(JWTClaimsSet claims, RSAKey signingKey) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException failure) {
            throw new IllegalStateException(failure);
        }
        return "Bearer " + jwt.serialize();
    }

    private FakeHttpServer.Answer answer(FakeHttpServer.Exchange exchange) {
        return switch (exchange.path()) {
            case "/v1/.well-known/openidconfiguration" -> FakeHttpServer.Answer.json(200,
                    "{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + http.uri("/keys") + "\","
                            + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
            case "/keys" -> FakeHttpServer.Answer.json(200, keySet());
            default -> FakeHttpServer.Answer.json(404, "{}");
        };
    }

    private String keySet() {
        String publicJwk = key.toPublicJWK().toJSONString();
        String endorsed = endorsements.stream().map(channel -> "\"" + channel + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        return "{\"keys\":[" + publicJwk.substring(0, publicJwk.length() - 1) + ",\"endorsements\":" + endorsed
                + "}]}";
    }

    @Override
    public void close() {
        http.close();
    }
}
