package org.doorway.catalogue;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * The catalogue every read goes through: one indexed snapshot held in a
 * Caffeine cache in front of the store.
 * <ul>
 * <li>A {@link #replace} through this object invalidates at once, so this
 *     instance's next read sees the import.</li>
 * <li>Imports made by another instance are noticed by polling the store's
 *     revision: once a snapshot is older than {@code revisionCheck}, the next
 *     read triggers a background check (on {@code executor}) and keeps serving
 *     the current snapshot meanwhile; the catalogue is reloaded only when the
 *     revision moved, or re-indexed when the day (in the institution's zone) changed, so
 *     a tool whose approval or licence ended stops being suggested that day. So reads never wait on the database after the first,
 *     and if the database is briefly down the last snapshot keeps serving.</li>
 * </ul>
 * Thread-safe: the cache holds one immutable {@link CatalogueSnapshot}
 * (bounded to one entry) and Caffeine runs at most one load or refresh at a
 * time; concurrent readers share its result.
 */
public final class CachedCatalogue implements CatalogueStore {
    public static final Duration DEFAULT_REVISION_CHECK = Duration.ofSeconds(5);
    private static final String KEY = "catalogue";

    private final CatalogueStore store;
    private final Clock clock;
    private final ZoneId zone;
    private final LoadingCache<String, CatalogueSnapshot> cache;

    /** With days counted in the clock's own zone. */
    public CachedCatalogue(CatalogueStore store, Duration revisionCheck, Clock clock, Executor executor) {
        this(store, revisionCheck, clock, clock.getZone(), executor);
    }

    /**
     * Reads time from {@code clock} (also the revision check's ticker, so tests move it instead of sleeping) and
     * counts "today" in {@code zone}: a licence that ends on the 30th is still suggested until midnight there,
     * and not after, wherever the server's clock runs.
     */
    public CachedCatalogue(CatalogueStore store, Duration revisionCheck, Clock clock, ZoneId zone, Executor executor) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
        this.cache = Caffeine.newBuilder()
                .maximumSize(1)
                .refreshAfterWrite(revisionCheck)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(executor)
                .build(new SnapshotLoader());
    }

    /** Production defaults: check the revision every 5 s, refresh on the common pool, "today" in {@code zone}. */
    public static CachedCatalogue over(CatalogueStore store, Clock clock, ZoneId zone) {
        return new CachedCatalogue(store, DEFAULT_REVISION_CHECK, clock, zone, ForkJoinPool.commonPool());
    }

    public CatalogueSnapshot snapshot() {
        return cache.get(KEY);
    }

    @Override
    public Catalogue load() {
        return snapshot().catalogue();
    }

    @Override
    public CatalogueChange replace(Catalogue next) {
        try {
            return store.replace(next);
        } finally {
            // Also after a failure: what the store holds is then uncertain, so re-read it.
            cache.invalidateAll();
        }
    }

    /** Forgets the snapshot, so the next read loads what the store holds now (after a change made around this object). */
    public void invalidate() {
        cache.invalidateAll();
    }

    @Override
    public long revision() {
        return store.revision();
    }

    private final class SnapshotLoader implements CacheLoader<String, CatalogueSnapshot> {
        @Override
        public CatalogueSnapshot load(String key) {
            long revision = store.revision();
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
            return new CatalogueSnapshot(revision, today, CatalogueIndex.of(store.load(), today));
        }

        @Override
        public CatalogueSnapshot reload(String key, CatalogueSnapshot current) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
            if (store.revision() != current.revision()) {
                return load(key);
            }
            return today.equals(current.day()) ? current
                    : new CatalogueSnapshot(current.revision(), today, CatalogueIndex.of(current.catalogue(), today));
        }
    }
}
