package org.doorway.admin;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Bearer tokens for the admin JSON API, made by {@code doorway admin token
 * create}: 256 random bits, shown once, kept only as a SHA-256 hash, each
 * with a role and a name, revocable at once. Thread-safe.
 */
public final class ApiTokens {
    /** Marks a Doorway token, so a leaked one is recognisable in a secret scanner. */
    public static final String PREFIX = "dwa_";
    static final int MAX_NAME = 100;

    private final ApiTokenStore store;
    private final Clock clock;

    public ApiTokens(ApiTokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A new token; {@link Issued#token} is the only copy there will ever be. */
    public Issued create(Role role, String name) {
        String named = name == null || name.isBlank() ? role.wireName() + " token" : name.strip();
        if (named.length() > MAX_NAME) {
            throw new IllegalArgumentException("a token name has at most " + MAX_NAME + " characters");
        }
        String token = PREFIX + SecretTokens.next();
        long id = store.save(SecretTokens.hash(token), named, role, clock.instant());
        return new Issued(id, named, role, token);
    }

    /** The token presented in a request, when it is one of ours and not revoked. */
    public Optional<ApiToken> verify(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return store.use(SecretTokens.hash(token), clock.instant());
    }

    public List<ApiToken> list() {
        return store.all();
    }

    public boolean revoke(long id) {
        return store.revoke(id, clock.instant());
    }

    public record Issued(long id, String name, Role role, String token) {}
}
