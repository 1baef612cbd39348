package org.doorway.teams.auth;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bot Framework's signing keys, cached. The cache is refreshed when older
 * than {@code maxAge} (Microsoft asks for at least daily) and refetched when a
 * token names an unknown key id, but not more than once per
 * {@code minRefetchGap}, so random key ids cannot make Doorway hammer the
 * metadata endpoint. When a refresh fails the previous keys stay in use.
 * Thread-safe.
 */
final class OpenIdSigningKeys {
    private static final Logger log = LoggerFactory.getLogger(OpenIdSigningKeys.class);

    /** While no keys are at hand, how long a failed fetch is not tried again by requests. */
    private static final Duration FAILED_FETCH_GAP = Duration.ofSeconds(2);

    private record Snapshot(Map<String, EndorsedKey> keys, Instant fetchedAt) {}

    private final KeySetDownload download;
    private final Clock clock;
    private final Duration maxAge;
    private final Duration minRefetchGap;
    private volatile Snapshot snapshot;
    private Instant lastAttempt = Instant.MIN;
    /** Why the last fetch failed while no keys were at hand; null after a success. */
    private SigningKeysUnavailable lastFailure;

    OpenIdSigningKeys(HttpClient http, URI metadataUrl, Clock clock, Duration maxAge, Duration minRefetchGap) {
        this.download = new KeySetDownload(http, metadataUrl);
        this.clock = clock;
        this.maxAge = maxAge;
        this.minRefetchGap = minRefetchGap;
    }

    /** The key with this id, fetching the key set first when it is stale or does not know the id. */
    Optional<EndorsedKey> find(String keyId) {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || current.fetchedAt().plus(maxAge).isBefore(now)
                || !current.keys().containsKey(keyId)) {
            current = refresh(current, now);
        }
        return Optional.ofNullable(current.keys().get(keyId));
    }

    /**
     * Fetches the keys when none are at hand or they are stale; the background
     * health check calls it so that the first activity finds them ready.
     */
    void ensureFresh() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || current.fetchedAt().plus(maxAge).isBefore(now)) {
            refresh(current, now);
        }
    }

    private synchronized Snapshot refresh(Snapshot seen, Instant now) {
        if (snapshot != seen && snapshot != null) {
            return snapshot; // another thread refreshed meanwhile
        }
        if (seen != null && lastAttempt.plus(minRefetchGap).isAfter(now)) {
            return seen;
        }
        if (seen == null && lastFailure != null && lastAttempt.plus(FAILED_FETCH_GAP).isAfter(now)) {
            throw lastFailure; // a fetch just failed: answer at once rather than make each request wait on it
        }
        lastAttempt = now;
        try {
            snapshot = new Snapshot(download.fetch(), now);
            lastFailure = null;
            log.debug("Bot Framework signing keys fetched: {}", snapshot.keys().keySet());
            return snapshot;
        } catch (SigningKeysUnavailable failure) {
            if (seen == null) {
                lastFailure = failure;
                throw failure;
            }
            log.warn("Could not refresh the Bot Framework signing keys ({}); using the previous ones",
                    failure.getMessage());
            return seen;
        }
    }
}
