package org.doorway.intake;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as staff read them, in the institution's zone and named by
 * its real abbreviation for that date ("GMT" in winter, "BST" in summer), or
 * by its city where a zone has no abbreviation people know ("New York time").
 */
final class Times {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.UK);

    private Times() {}

    /** "Monday 1 December at 09:00 GMT". */
    static String when(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return WHEN.format(local) + " " + zoneName(local);
    }

    static String zoneName(ZonedDateTime local) {
        String abbreviation = ZONE.format(local);
        if (!abbreviation.matches(".*\\d.*")) {
            return abbreviation;
        }
        String id = local.getZone().getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') + " time";
    }
}
