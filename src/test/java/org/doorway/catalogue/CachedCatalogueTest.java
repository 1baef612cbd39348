package org.doorway.catalogue;

import org.doorway.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.catalogue.CatalogueFixture.catalogue;
import static org.doorway.catalogue.CatalogueFixture.tool;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CachedCatalogueTest {
    private final InMemoryCatalogueStore store = new InMemoryCatalogueStore();
    private final TestClock clock = TestClock.at("2027-01-11T09:00:00Z");
    private final CachedCatalogue cached = new CachedCatalogue(store, Duration.ofSeconds(5), clock, Runnable::run);
    private final Tool menti = tool("mentimeter", "live-engagement", 3, SupportStatus.SUPPORTED);
    private final Tool forum = tool("moodle-forum", "online-discussion", 3, SupportStatus.SUPPORTED);

    @Test
    void reads_shareOneSnapshotAndOneLoad() {
        store.replace(catalogue(menti));

        CatalogueSnapshot first = cached.snapshot();
        CatalogueSnapshot second = cached.snapshot();

        assertThat(second).isSameAs(first);
        assertThat(store.loads()).isEqualTo(1);
        assertThat(first.index().tool("mentimeter")).contains(menti);
    }

    @Test
    void replaceThroughTheCache_isSeenByTheNextRead() {
        store.replace(catalogue(menti));
        cached.snapshot();

        CatalogueChange change = cached.replace(catalogue(menti, forum));

        assertThat(change.added()).containsExactly("moodle-forum");
        assertThat(cached.load().tools()).containsExactly(menti, forum);
        assertThat(cached.snapshot().index().count("online-discussion")).isEqualTo(1);
    }

    @Test
    void anotherInstancesImport_isSeenAfterTheRevisionCheck() {
        store.replace(catalogue(menti));
        cached.snapshot();

        store.replace(catalogue(forum)); // as another instance would, behind this cache's back
        assertThat(cached.load().tools()).containsExactly(menti);

        clock.advance(Duration.ofSeconds(6));
        cached.snapshot(); // serves the old snapshot and triggers the check
        assertThat(cached.load().tools()).containsExactly(forum);
    }

    @Test
    void unchangedRevision_keepsTheSnapshotWithoutReloading() {
        store.replace(catalogue(menti));
        CatalogueSnapshot first = cached.snapshot();

        clock.advance(Duration.ofSeconds(6));
        cached.snapshot();

        assertThat(cached.snapshot()).isSameAs(first);
        assertThat(store.loads()).isEqualTo(1);
    }
}
