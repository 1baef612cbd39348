package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.doorway.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day the catalogue leaves out tools whose licence or approval has ended is today on Doorway's own clock,
 * counted in TIMEZONE: not the server's clock, and not UTC.
 */
class CatalogueDayTest {
    @TempDir
    Path folder;

    @Test
    void theCataloguesToday_isOnDoorwaysClock_inTheInstitutionsZone() {
        // 12:30 UTC on 30 June is 00:30 on 1 July in Auckland (NZST, UTC+12).
        TestClock clock = TestClock.at("2027-06-30T12:30:00Z");
        Map<String, String> env = Map.of("DATABASE_URL", "jdbc:sqlite:" + folder.resolve("d.db"),
                "TIMEZONE", "Pacific/Auckland");
        try (Doorway doorway = Doorway.open(env, clock)) {
            assertThat(doorway.catalogue().snapshot().day()).isEqualTo(LocalDate.of(2027, 7, 1));
        }
    }
}
