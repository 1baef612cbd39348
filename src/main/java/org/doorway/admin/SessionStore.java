package org.doorway.admin;

import java.time.Instant;
import java.util.Optional;

/** Where sessions are kept, by the hash of the cookie's token. Implementations are thread-safe. */
public interface SessionStore {
    void save(String tokenHash, AdminSession session, Instant createdAt);

    /** The session when it exists and has not expired at {@code now}. */
    Optional<AdminSession> find(String tokenHash, Instant now);

    void delete(String tokenHash);

    /** Removes sessions that expired before {@code now}; returns how many. */
    int deleteExpired(Instant now);
}
