package org.doorway.store;

import org.doorway.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.catalogue.CatalogueFixture.catalogue;
import static org.doorway.catalogue.CatalogueFixture.tool;

import java.nio.file.Path;
import java.time.Duration;
import org.doorway.catalogue.CachedCatalogue;

import org.doorway.catalogue.NeedsFixture;
import org.doorway.catalogue.SupportStatus;
import org.doorway.catalogue.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two Doorway instances sharing one database: an import on one reaches the other's cache. */
class CachedCatalogueAcrossInstancesTest {
    @TempDir
    Path directory;

    @Test
    void importOnOneInstance_reachesTheOtherAfterTheRevisionCheck() {
        Database database = TestDatabases.sqlite(directory);
        TestClock clock = TestClock.at("2027-01-11T09:00:00Z");
        CachedCatalogue first = new CachedCatalogue(new JdbiCatalogue(database, NeedsFixture.vocabulary()), Duration.ofSeconds(5), clock, Runnable::run);
        CachedCatalogue second = new CachedCatalogue(new JdbiCatalogue(database, NeedsFixture.vocabulary()), Duration.ofSeconds(5), clock, Runnable::run);
        Tool menti = tool("mentimeter", "live-engagement", 3, SupportStatus.SUPPORTED);
        first.replace(catalogue(menti));
        assertThat(second.load().tools()).containsExactly(menti);

        Tool forum = tool("moodle-forum", "online-discussion", 3, SupportStatus.SUPPORTED);
        first.replace(catalogue(menti, forum));

        assertThat(first.load().tools()).containsExactly(menti, forum);
        assertThat(second.load().tools()).containsExactly(menti);
        clock.advance(Duration.ofSeconds(6));
        second.snapshot();
        assertThat(second.load().tools()).containsExactly(menti, forum);
        assertThat(second.snapshot().revision()).isEqualTo(2);
    }
}
