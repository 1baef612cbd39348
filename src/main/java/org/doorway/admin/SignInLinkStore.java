package org.doorway.admin;

import java.time.Instant;
import java.util.Optional;

/** Where sign-in links are kept, by the hash of their token. Implementations are thread-safe. */
public interface SignInLinkStore {
    void save(String tokenHash, AdminUser user, Instant createdAt, Instant expiresAt);

    /**
     * Marks the link used and returns its user, in one step, when it exists,
     * is unused and has not expired at {@code now}; otherwise empty and
     * nothing changes. Two redemptions of one link never both succeed.
     */
    Optional<AdminUser> use(String tokenHash, Instant now);

    /** Whether a link with this hash exists, is unused and has not expired at {@code now}. */
    boolean usable(String tokenHash, Instant now);
}
