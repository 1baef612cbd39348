package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single sign-on against a fake OpenID Connect provider on loopback: discovery, JWKS, token endpoint. */
class AdminSingleSignOnTest {
    @TempDir
    Path folder;
    private FakeOidcIssuer issuer;
    private AdminConsoleFixture doorway;

    @BeforeEach
    void start() throws Exception {
        issuer = new FakeOidcIssuer();
        doorway = AdminConsoleFixture.start("sqlite", folder, Map.of("OIDC_ISSUER", issuer.issuer(),
                "OIDC_CLIENT_ID", FakeOidcIssuer.CLIENT_ID, "OIDC_CLIENT_SECRET", FakeOidcIssuer.CLIENT_SECRET,
                "ADMIN_ROLES", "lt-team=technologist,boss@uni.example=admin"));
    }

    @AfterEach
    void stop() throws Exception {
        doorway.close();
        issuer.close();
    }

    @Test
    void codeFlowWithPkce_signsInWithTheRoleOfTheGroup() throws Exception {
        var browser = doorway.visitor();
        HttpResponse<String> answer = signIn(browser, "sam@uni.example", List.of("lt-team"), UnaryOperator.identity());
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/admin/tools");
        assertThat(browser.get("/admin/tools").body()).contains("sam@uni.example").contains("technologist");
    }

    @Test
    void authorizationRequest_carriesStateNonceAndAnS256Challenge() throws Exception {
        Map<String, String> query = authorize(doorway.visitor());
        assertThat(query).containsKeys("state", "nonce", "code_challenge", "redirect_uri")
                .containsEntry("code_challenge_method", "S256").containsEntry("response_type", "code")
                .containsEntry("client_id", FakeOidcIssuer.CLIENT_ID);
        assertThat(query.get("scope")).contains("openid");
        assertThat(query.get("redirect_uri")).endsWith("/admin/sign-in/oidc/callback");
    }

    @Test
    void badNonce_isRefused() throws Exception {
        var browser = doorway.visitor();
        HttpResponse<String> answer = signIn(browser, "boss@uni.example", List.of(), claims -> claims.claim("nonce", "other"));
        assertRefused(browser, answer);
    }

    @Test
    void wrongAudience_isRefused() throws Exception {
        var browser = doorway.visitor();
        HttpResponse<String> answer = signIn(browser, "boss@uni.example", List.of(), claims -> claims.audience("another-app"));
        assertRefused(browser, answer);
    }

    @Test
    void stateFromAnotherBrowser_isRefused() throws Exception {
        var browser = doorway.visitor();
        Map<String, String> query = authorize(browser);
        issuer.willIssue("code-1", query.get("code_challenge"), "boss@uni.example", query.get("nonce"), List.of(),
                UnaryOperator.identity());
        HttpResponse<String> answer = browser.get("/admin/sign-in/oidc/callback?code=code-1&state=forged");
        assertRefused(browser, answer);
    }

    @Test
    void personWithNoRole_isToldWhy() throws Exception {
        var browser = doorway.visitor();
        HttpResponse<String> answer = signIn(browser, "stranger@uni.example", List.of("students"), UnaryOperator.identity());
        assertRefused(browser, answer);
        assertThat(answer.body()).contains("no role in Doorway");
    }

    private HttpResponse<String> signIn(AdminConsoleFixture.Visitor browser, String email, List<String> groups,
            UnaryOperator<JWTClaimsSet.Builder> tweak) throws Exception {
        Map<String, String> query = authorize(browser);
        issuer.willIssue("code-1", query.get("code_challenge"), email, query.get("nonce"), groups, tweak);
        return browser.get("/admin/sign-in/oidc/callback?code=code-1&state=" + query.get("state"));
    }

    /** Starts sign-in and reads the parameters off the redirect to the provider. */
    private Map<String, String> authorize(AdminConsoleFixture.Visitor browser) throws Exception {
        HttpResponse<String> start = browser.get("/admin/sign-in/oidc");
        assertThat(start.statusCode()).isEqualTo(303);
        URI location = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(issuer.issuer() + "/authorize?");
        Map<String, String> query = new HashMap<>();
        for (String pair : location.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return query;
    }

    private void assertRefused(AdminConsoleFixture.Visitor browser, HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("doorway_admin="));
        assertThat(browser.get("/admin/tools").statusCode()).isEqualTo(303);
    }
}
