package org.doorway.web.admin;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorway.admin.AdminUser;
import org.doorway.admin.RoleAssignments;
import org.doorway.admin.SecretTokens;
import org.doorway.config.OidcSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Single sign-on with any OpenID Connect provider: the authorization code
 * flow with PKCE (S256), state and nonce. The provider's endpoints and keys
 * come from its discovery document, read on first use; the ID token's
 * signature, issuer, audience, expiry and nonce are checked by Nimbus's
 * {@link IDTokenValidator}. The role comes from {@link RoleAssignments} by
 * email or by the groups claim. State, nonce and PKCE verifier travel in a
 * short-lived HttpOnly cookie, so any instance can finish a sign-in.
 * Thread-safe.
 */
final class OidcSignIn {
    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

    private final OidcSettings settings;
    private final URI redirect;
    private final RoleAssignments roles;
    private volatile Provider provider;

    OidcSignIn(OidcSettings settings, URI redirect, RoleAssignments roles) {
        this.settings = settings;
        this.redirect = redirect;
        this.roles = roles;
    }

    /** Where to send the browser, and the cookie value that must come back with the answer. */
    Started start() throws Exception {
        Provider known = provider();
        String state = SecretTokens.next();
        String nonce = SecretTokens.next();
        String verifier = SecretTokens.next();
        URI to = new AuthenticationRequest.Builder(new ResponseType("code"), new Scope("openid", "email", "profile"),
                new ClientID(settings.clientId()), redirect)
                .endpointURI(known.metadata.getAuthorizationEndpointURI())
                .state(new State(state))
                .nonce(new Nonce(nonce))
                .codeChallenge(new CodeVerifier(verifier), CodeChallengeMethod.S256)
                .build().toURI();
        return new Started(to, state + "." + nonce + "." + verifier);
    }

    /** Finishes the flow on the provider's answer; {@code cookie} is what {@link #start} gave. */
    Outcome finish(String code, String state, String cookie) {
        String[] remembered = cookie == null ? new String[0] : cookie.split("\\.");
        if (remembered.length != 3 || !SecretTokens.same(remembered[0], state)) {
            return new Outcome.Refused("The sign-in took too long or was started elsewhere. Please try again.",
                    "state missing or different");
        }
        if (code == null || code.isBlank()) {
            return new Outcome.Refused("Your university account did not sign you in. Please try again.", "no code");
        }
        try {
            Provider known = provider();
            TokenRequest request = new TokenRequest(known.metadata.getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                    new AuthorizationCodeGrant(new AuthorizationCode(code), redirect, new CodeVerifier(remembered[2])));
            TokenResponse response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
            if (!response.indicatesSuccess()) {
                return new Outcome.Refused("Your university account did not sign you in. Please try again.",
                        "token endpoint said " + response.toErrorResponse().getErrorObject().getCode());
            }
            JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
            IDTokenClaimsSet claims = known.validator.validate(idToken, new Nonce(remembered[1]));
            return signedIn(claims);
        } catch (Exception failure) {
            return new Outcome.Refused("Your university account did not sign you in. Please try again.",
                    failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
    }

    private Outcome signedIn(IDTokenClaimsSet claims) {
        String email = Optional.ofNullable(claims.getStringClaim("email"))
                .or(() -> Optional.ofNullable(claims.getStringClaim("preferred_username")))
                .orElse(claims.getSubject().getValue());
        List<String> groups = new ArrayList<>();
        Object claim = claims.getClaim(settings.groupsClaim());
        if (claim instanceof List<?> list) {
            list.forEach(group -> groups.add(String.valueOf(group)));
        } else if (claim != null) {
            groups.add(String.valueOf(claim));
        }
        return roles.roleFor(email, groups)
                .<Outcome>map(role -> new Outcome.SignedIn(new AdminUser(email, role)))
                .orElseGet(() -> new Outcome.Refused("You signed in as " + email + ", but you have no role in Doorway's "
                        + "console. Ask an admin to add you to ADMIN_ROLES.", "no role for " + email));
    }

    private Provider provider() throws Exception {
        Provider known = provider;
        if (known == null) {
            Issuer issuer = new Issuer(settings.issuer());
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(issuer, 5_000, 5_000);
            IDTokenValidator validator = new IDTokenValidator(issuer, new ClientID(settings.clientId()),
                    JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL());
            known = new Provider(metadata, validator);
            provider = known;
            log.info("Single sign-on: read {}'s discovery document", settings.issuer());
        }
        return known;
    }

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

    record Started(URI redirect, String cookie) {}

    sealed interface Outcome {
        record SignedIn(AdminUser user) implements Outcome {}

        /** {@code message} is for the person; {@code detail} only for the log. */
        record Refused(String message, String detail) implements Outcome {}
    }
}
