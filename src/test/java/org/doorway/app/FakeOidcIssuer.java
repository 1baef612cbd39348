package org.doorway.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An OpenID Connect provider on loopback, as small as the flow needs: a
 * discovery document, a JWKS, and a token endpoint that checks the client's
 * secret and the PKCE verifier before handing out the ID token the test
 * arranged for that code. The browser's trip to the authorization endpoint
 * is played by the test, which reads state, nonce and challenge off the
 * redirect.
 */
final class FakeOidcIssuer implements AutoCloseable {
    static final String CLIENT_ID = "doorway-console";
    static final String CLIENT_SECRET = "console-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);
    private final RSAKey key;
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();

    /** What the token endpoint gives for one code: the claims, and the PKCE challenge it must be redeemed with. */
    private record Pending(JWTClaimsSet claims, String challenge) {}

    FakeOidcIssuer() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new Discovery()), "/.well-known/openid-configuration");
        context.addServlet(new ServletHolder(new Keys()), "/jwks");
        context.addServlet(new ServletHolder(new Tokens()), "/token");
        server.setHandler(context);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + connector.getLocalPort();
    }

    /**
     * Arranges the answer to {@code code}: a signed ID token for {@code email}
     * with the usual claims for this client and {@code nonce}, changed by
     * {@code tweak} (a wrong audience, another nonce).
     */
    void willIssue(String code, String challenge, String email, String nonce, java.util.List<String> groups,
            UnaryOperator<JWTClaimsSet.Builder> tweak) {
        long now = System.currentTimeMillis();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).audience(CLIENT_ID).subject("sub-" + email)
                .claim("email", email).claim("nonce", nonce).claim("groups", groups)
                .issueTime(new Date(now)).expirationTime(new Date(now + 300_000));
        codes.put(code, new Pending(tweak.apply(claims).build(), challenge));
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private final class Discovery extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("application/json");
            JSON.writeValue(response.getOutputStream(), Map.of(
                    "issuer", issuer(),
                    "authorization_endpoint", issuer() + "/authorize",
                    "token_endpoint", issuer() + "/token",
                    "jwks_uri", issuer() + "/jwks",
                    "response_types_supported", java.util.List.of("code"),
                    "subject_types_supported", java.util.List.of("public"),
                    "id_token_signing_alg_values_supported", java.util.List.of("RS256"),
                    "code_challenge_methods_supported", java.util.List.of("S256")));
        }
    }

    private final class Keys extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("application/json");
            response.getWriter().write(new JWKSet(key.toPublicJWK()).toString());
        }
    }

    private final class Tokens extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String expected = "Basic " + Base64.getEncoder().encodeToString(
                    (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
            Pending pending = codes.remove(String.valueOf(request.getParameter("code")));
            String verifier = request.getParameter("code_verifier");
            response.setContentType("application/json");
            if (!expected.equals(request.getHeader("Authorization"))) {
                response.setStatus(401);
                response.getWriter().write("{\"error\":\"invalid_client\"}");
                return;
            }
            if (pending == null || verifier == null || !CodeChallenge.compute(CodeChallengeMethod.S256,
                    new CodeVerifier(verifier)).getValue().equals(pending.challenge())) {
                response.setStatus(400);
                response.getWriter().write("{\"error\":\"invalid_grant\"}");
                return;
            }
            try {
                SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), pending.claims());
                token.sign(new RSASSASigner(key));
                JSON.writeValue(response.getOutputStream(), Map.of("access_token", "at-" + System.nanoTime(),
                        "token_type", "Bearer", "expires_in", 300, "id_token", token.serialize()));
            } catch (com.nimbusds.jose.JOSEException failure) {
                throw new IOException(failure);
            }
        }
    }
}
