package org.doorway.catalogue;

import org.doorway.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.catalogue.CatalogueFixture.catalogue;
import static org.doorway.catalogue.CatalogueFixture.tool;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

    @Test
    void aLicenceEndingToday_endsAtMidnightInTheInstitutionsZone_notTheServers() {
        Tool licensed = CatalogueFixture.withEndDates(menti, menti.dataProtection(), LocalDate.of(2027, 6, 30));
        clock.set(Instant.parse("2027-06-30T22:30:00Z")); // 23:30 in London: the licence's last day

        CachedCatalogue london = new CachedCatalogue(store, Duration.ofSeconds(5), clock, ZoneId.of("Europe/London"),
                Runnable::run);
        store.replace(catalogue(licensed));
        assertThat(london.snapshot().day()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(london.snapshot().index().count("live-engagement")).isEqualTo(1);

        clock.advance(Duration.ofHours(1)); // 23:30 UTC, still the 30th there; 00:30 on 1 July in London
        london.snapshot(); // serves the old snapshot and triggers the check, which re-indexes for the new day
        CatalogueSnapshot nextDay = london.snapshot();

        assertThat(nextDay.day()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(nextDay.index().count("live-engagement")).isZero();
        assertThat(nextDay.index().lapsed("live-engagement")).extracting(Lapse::what).containsExactly("licence");
        assertThat(store.loads()).as("a new day re-indexes without reloading").isEqualTo(1);
    }
}
