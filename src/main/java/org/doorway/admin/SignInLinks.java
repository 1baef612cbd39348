package org.doorway.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Single-use sign-in links for local mode and break-glass access: made by
 * {@code doorway admin link}, valid for {@link #LIFETIME}, stored only as a
 * hash. Opening the link only shows a button; the POST behind it uses the
 * link, so a mail scanner that follows links cannot burn it. Thread-safe.
 */
public final class SignInLinks {
    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private final SignInLinkStore store;
    private final Clock clock;

    public SignInLinks(SignInLinkStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A new link's token (to put in the printed URL) and when it stops working. */
    public Issued issue(AdminUser user) {
        String token = SecretTokens.next();
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        store.save(SecretTokens.hash(token), user, now, expires);
        return new Issued(token, expires);
    }

    /** For the confirmation page: would {@link #use} succeed now? Changes nothing. */
    public boolean usable(String token) {
        return token != null && !token.isBlank() && store.usable(SecretTokens.hash(token), clock.instant());
    }

    /** Uses the link: the user it was made for, or empty when it is unknown, used or expired. */
    public Optional<AdminUser> use(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return store.use(SecretTokens.hash(token), clock.instant());
    }

    public record Issued(String token, Instant expiresAt) {}
}
