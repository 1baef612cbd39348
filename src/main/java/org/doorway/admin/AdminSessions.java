package org.doorway.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Opens, finds and ends console sessions. The browser holds a random token in
 * a cookie; the store holds its hash. Each session has its own CSRF token,
 * which every state-changing request must echo. Thread-safe.
 */
public final class AdminSessions {
    public static final Duration LIFETIME = Duration.ofHours(8);

    private final SessionStore store;
    private final Clock clock;

    public AdminSessions(SessionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A new session for {@code user}; the returned token goes in the cookie and nowhere else. */
    public Opened open(AdminUser user) {
        store.deleteExpired(clock.instant());
        String token = SecretTokens.next();
        AdminSession session = new AdminSession(user, SecretTokens.next(), clock.instant().plus(LIFETIME));
        store.save(SecretTokens.hash(token), session, clock.instant());
        return new Opened(token, session);
    }

    public Optional<AdminSession> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return store.find(SecretTokens.hash(token), clock.instant());
    }

    public void close(String token) {
        if (token != null && !token.isBlank()) {
            store.delete(SecretTokens.hash(token));
        }
    }

    public int forgetExpired() {
        return store.deleteExpired(clock.instant());
    }

    public record Opened(String token, AdminSession session) {}
}
