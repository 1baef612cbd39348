package org.doorway.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.doorway.yaml.LocatedYaml;

/**
 * Checks one guide of a tool entry: its format (only those admins write),
 * link, a video's or webinar's length, and a webinar's sessions, time zone,
 * joining link, capacity and the links for afterwards.
 */
final class GuideChecks {
    static final List<String> GUIDE_FIELDS = List.of("title", "format", "url", "minutes", "dates", "time-zone", "join",
            "capacity", "recordings", "questions");
    private static final List<String> WEBINAR_ONLY = List.of("dates", "time-zone", "join", "capacity", "recordings",
            "questions");
    private static final List<String> LINKS = List.of("join", "recordings", "questions");
    /** The formats a catalogue file may use; the others Doorway makes itself. */
    private static final List<String> CURATED = Arrays.stream(GuideFormat.values()).filter(GuideFormat::curated)
            .map(WireNames::of).toList();
    private static final int MAX_MINUTES = 600;
    private static final int MAX_CAPACITY = 100_000;

    private final FieldChecks checks;

    GuideChecks(FieldChecks checks) {
        this.checks = checks;
    }

    void check(JsonNode guide, String guideAt) {
        if (!checks.isMapping(guide, guideAt, "a guide")) {
            return;
        }
        checks.knownFields(guide, guideAt, "a guide", GUIDE_FIELDS);
        checks.requiredText(guide, guideAt, "title");
        Optional<GuideFormat> format = format(guide, guideAt);
        checks.url(guide, guideAt, "url", true);
        boolean webinar = format.orElse(null) == GuideFormat.WEBINAR;
        minutes(guide, guideAt, format);
        for (String field : WEBINAR_ONLY) {
            if (guide.has(field) && format.isPresent() && !webinar) {
                checks.error(LocatedYaml.child(guideAt, field), "only webinar guides have '" + field + "'",
                        "set 'format: webinar' or remove '" + field + "'");
            }
        }
        if (webinar) {
            LINKS.forEach(field -> checks.url(guide, guideAt, field, false));
            checks.wholeNumber(guide.get("capacity"), LocatedYaml.child(guideAt, "capacity"), "capacity", 1,
                    MAX_CAPACITY, "write how many people can join, e.g. 40, or leave 'capacity' out");
            sessions(guide, guideAt, zone(guide, guideAt));
        }
    }

    private Optional<GuideFormat> format(JsonNode guide, String guideAt) {
        if (checks.requiredText(guide, guideAt, "format") == null) {
            return Optional.empty();
        }
        String at = LocatedYaml.child(guideAt, "format");
        checks.oneOf(guide.get("format"), at, "guide format", CURATED);
        Optional<GuideFormat> format = WireNames.parse(GuideFormat.class, guide.get("format").asText());
        return format.filter(GuideFormat::curated);
    }

    private void minutes(JsonNode guide, String guideAt, Optional<GuideFormat> format) {
        if (!guide.has("minutes")) {
            return;
        }
        String at = LocatedYaml.child(guideAt, "minutes");
        if (format.isPresent() && format.get() != GuideFormat.VIDEO && format.get() != GuideFormat.WEBINAR) {
            checks.error(at, "only videos and webinars have 'minutes'", "remove 'minutes' from this guide");
            return;
        }
        checks.wholeNumber(guide.get("minutes"), at, "minutes", 1, MAX_MINUTES,
                "write the length in whole minutes, e.g. 3 for a three-minute video");
    }

    private Optional<ZoneId> zone(JsonNode guide, String guideAt) {
        String id = checks.optionalText(guide, guideAt, "time-zone");
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            checks.error(LocatedYaml.child(guideAt, "time-zone"), "'" + id + "' is not a time zone",
                    "use a region name such as Europe/London or America/New_York");
            return Optional.empty();
        }
    }

    private void sessions(JsonNode guide, String guideAt, Optional<ZoneId> zone) {
        JsonNode dates = checks.list(guide, guideAt, "dates", false);
        if (dates == null) {
            return;
        }
        String datesAt = LocatedYaml.child(guideAt, "dates");
        boolean timed = false;
        for (int i = 0; i < dates.size(); i++) {
            String at = LocatedYaml.child(datesAt, i);
            Optional<Session> session = SessionTimes.parse(dates.get(i).asText());
            if (session.isEmpty() || !dates.get(i).isValueNode()) {
                checks.error(at, "'" + dates.get(i).asText() + "' in 'dates' is not a date",
                        "write dates as YYYY-MM-DD, e.g. 2027-06-30, or with a start time as '2027-06-30 14:00'");
                continue;
            }
            timed |= session.get().start().isPresent();
            zone.ifPresent(id -> existing(session.get(), id, at));
        }
        if (timed && zone.isEmpty() && !guide.has("time-zone")) {
            checks.error(datesAt, "these dates have times but the webinar has no 'time-zone'",
                    "add 'time-zone: Europe/London' (the zone the times are in) to this guide");
        }
    }

    /** A time skipped when the clocks go forward would silently move an hour; say so instead. */
    private void existing(Session session, ZoneId zone, String at) {
        session.start().ifPresent(start -> {
            ZoneRules rules = zone.getRules();
            if (rules.getValidOffsets(session.date().atTime(start)).isEmpty()) {
                checks.error(at, session.wire() + " does not exist in " + zone.getId()
                        + " (the clocks go forward then)", "pick a time an hour later or earlier");
            }
        });
    }
}
