package org.doorway.config;

import java.util.Optional;

/**
 * Single sign-on with any OpenID Connect provider (Entra ID, Sign in with
 * Slack, Keycloak, Shibboleth's OIDC): the issuer, this client's id and
 * secret, and the ID token claim that lists the person's groups.
 */
public record OidcSettings(String issuer, String clientId, String clientSecret, String groupsClaim) {

    @Override
    public String toString() {
        return "OidcSettings[issuer " + issuer + ", client " + clientId + ", groups claim " + groupsClaim + "]";
    }

    static Optional<OidcSettings> from(Env env) {
        Optional<String> issuer = env.text("OIDC_ISSUER");
        Optional<String> clientId = env.text("OIDC_CLIENT_ID");
        Optional<String> secret = env.text("OIDC_CLIENT_SECRET");
        if (issuer.isEmpty() && clientId.isEmpty() && secret.isEmpty()) {
            return Optional.empty();
        }
        if (issuer.isEmpty() || clientId.isEmpty() || secret.isEmpty()) {
            env.problem(issuer.isEmpty() ? "OIDC_ISSUER" : clientId.isEmpty() ? "OIDC_CLIENT_ID" : "OIDC_CLIENT_SECRET",
                    "is missing: single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together "
                    + "(from your identity provider's app registration), or none of them");
            return Optional.empty();
        }
        if (!issuer.get().startsWith("https://") && !issuer.get().startsWith("http://127.0.0.1")
                && !issuer.get().startsWith("http://localhost")) {
            env.problem("OIDC_ISSUER", "must be the provider's https issuer URL, e.g. https://login.microsoftonline.com/TENANT/v2.0");
        }
        return Optional.of(new OidcSettings(issuer.get(), clientId.get(), secret.get(), env.text("OIDC_GROUPS_CLAIM", "groups")));
    }
}
