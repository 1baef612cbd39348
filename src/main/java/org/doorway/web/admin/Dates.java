package org.doorway.web.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the console writes a moment: {@code 2026-12-03 14:05 GMT}, in the institution's zone. */
final class Dates {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private Dates() {}

    static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }
}
