package org.doorway.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where API tokens are kept, by the hash of the token. Implementations are thread-safe. */
public interface ApiTokenStore {
    /** Stores a new token; returns its id. */
    long save(String tokenHash, String name, Role role, Instant createdAt);

    /** The token with this hash when it exists and is not revoked, noting that it was used at {@code now}. */
    Optional<ApiToken> use(String tokenHash, Instant now);

    /** Every token, revoked ones too, the newest first. */
    List<ApiToken> all();

    /** False when there is no such token or it was already revoked. */
    boolean revoke(long id, Instant at);
}
