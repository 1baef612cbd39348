package org.doorway.resources.ics;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The VTIMEZONE for a zone around a year, written from Java's zone rules.
 * Where yearly rules govern (most zones with summer time), it is the usual
 * pair of STANDARD and DAYLIGHT with an RRULE, which every calendar reads;
 * otherwise each transition from the year before to the year after is listed
 * with its date. A zone without transitions gets one STANDARD.
 */
final class TimeZoneBlock {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private TimeZoneBlock() {}

    static List<String> lines(ZoneId zone, int year) {
        ZoneRules rules = zone.getRules();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        Optional<List<String>> yearly = yearly(zone, rules, year);
        if (yearly.isPresent()) {
            lines.addAll(yearly.get());
        } else {
            List<String> dated = dated(zone, rules, year);
            if (dated.isEmpty()) {
                ZoneOffset offset = rules.getOffset(LocalDateTime.of(year, 1, 1, 0, 0));
                lines.addAll(observance("STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset, name(zone, false),
                        null));
            } else {
                lines.addAll(dated);
            }
        }
        lines.add("END:VTIMEZONE");
        return lines;
    }

    private static Optional<List<String>> yearly(ZoneId zone, ZoneRules rules, int year) {
        List<ZoneOffsetTransitionRule> yearlyRules = rules.getTransitionRules();
        List<ZoneOffsetTransition> history = rules.getTransitions();
        boolean governs = history.isEmpty() || history.get(history.size() - 1).getDateTimeAfter().getYear() < year - 1;
        if (yearlyRules.size() != 2 || !governs) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (ZoneOffsetTransitionRule rule : yearlyRules) {
            Optional<String> byDay = byDay(rule);
            if (byDay.isEmpty()) {
                return Optional.empty();
            }
            boolean daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
            ZoneOffsetTransition first = rule.createTransition(year - 1);
            lines.addAll(observance(daylight ? "DAYLIGHT" : "STANDARD", first.getDateTimeBefore(),
                    rule.getOffsetBefore(), rule.getOffsetAfter(), name(zone, daylight),
                    "RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY=" + byDay.get()));
        }
        return Optional.of(lines);
    }

    /** "-1SU" for the last Sunday, "2SU" for the Sunday on or after the 8th; empty for rules RRULE cannot say. */
    private static Optional<String> byDay(ZoneOffsetTransitionRule rule) {
        DayOfWeek day = rule.getDayOfWeek();
        int indicator = rule.getDayOfMonthIndicator();
        if (day == null) {
            return Optional.empty();
        }
        String code = day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2).toUpperCase(Locale.ROOT);
        if (indicator == -1) {
            return Optional.of("-1" + code);
        }
        if (indicator > 0 && (indicator - 1) % 7 == 0 && indicator <= 22) {
            return Optional.of(((indicator - 1) / 7 + 1) + code);
        }
        return Optional.empty();
    }

    private static List<String> dated(ZoneId zone, ZoneRules rules, int year) {
        List<String> lines = new ArrayList<>();
        ZoneOffsetTransition transition = rules.nextTransition(LocalDateTime.of(year - 1, 1, 1, 0, 0)
                .atZone(zone).toInstant());
        while (transition != null && transition.getDateTimeBefore().getYear() <= year + 1) {
            boolean daylight = rules.isDaylightSavings(transition.getInstant());
            lines.addAll(observance(daylight ? "DAYLIGHT" : "STANDARD", transition.getDateTimeBefore(),
                    transition.getOffsetBefore(), transition.getOffsetAfter(), name(zone, daylight), null));
            transition = rules.nextTransition(transition.getInstant());
        }
        return lines;
    }

    private static List<String> observance(String kind, LocalDateTime start, ZoneOffset from, ZoneOffset to,
            String name, String rrule) {
        List<String> lines = new ArrayList<>(List.of("BEGIN:" + kind, "DTSTART:" + LOCAL.format(start),
                "TZOFFSETFROM:" + offset(from), "TZOFFSETTO:" + offset(to), "TZNAME:" + IcsText.escape(name)));
        if (rrule != null) {
            lines.add(rrule);
        }
        lines.add("END:" + kind);
        return lines;
    }

    /** {@code +0100}, {@code -0500}, {@code +0530}. */
    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + String.format("%02d%02d", minutes / 60, minutes % 60);
    }

    private static String name(ZoneId zone, boolean daylight) {
        return TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.SHORT, Locale.UK);
    }
}
