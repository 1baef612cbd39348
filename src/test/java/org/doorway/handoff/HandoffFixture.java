package org.doorway.handoff;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.doorway.config.HandoffSettings;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;

/** Shared builders: technologists, requests and settings for handoff tests. */
public final class HandoffFixture {
    /** Monday 2 March 2026, 10:00 UTC (also 10:00 in London, 05:00 in New York). */
    public static final Instant MONDAY_10_UTC = Instant.parse("2026-03-02T10:00:00Z");
    public static final ConversationKey STAFF = new ConversationKey("slack", "USTAFF", "DSTAFF");
    private static final AtomicLong REQUEST_IDS = new AtomicLong(1000);

    private HandoffFixture() {}

    /** Works Monday to Friday 09:00-17:00 in London, available, capacity 4, no expertise. */
    public static Builder technologist(String name) {
        return new Builder(name);
    }

    public static HandoffSettings settings(Optional<String> teamChannel) {
        return new HandoffSettings(Duration.ofMinutes(15), teamChannel);
    }

    public static HandoffRequest request(List<String> needIds, List<String> toolIds, Instant at) {
        return new HandoffRequest(REQUEST_IDS.incrementAndGet(), STAFF, "Dr Jane Smith", HandoffRequest.Kind.TEACHING,
                "My students don't join in during lectures", needIds, toolIds,
                List.of(new Reply.Field("Cohort", "200")), at);
    }

    /** A technologist under construction. */
    public static final class Builder {
        private final String name;
        private ZoneId zone = ZoneId.of("Europe/London");
        private final Map<DayOfWeek, List<Shift>> hours = new EnumMap<>(DayOfWeek.class);
        private List<Absence> away = List.of();
        private List<String> expertise = List.of();
        private int capacity = 4;
        private boolean available = true;

        Builder(String name) {
            this.name = name;
            weekdays("09:00", "17:00");
        }

        public Builder zone(String id) {
            zone = ZoneId.of(id);
            return this;
        }

        public Builder weekdays(String from, String to) {
            hours.clear();
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                hours.put(day, List.of(new Shift(LocalTime.parse(from), LocalTime.parse(to))));
            }
            return this;
        }

        public Builder hours(DayOfWeek day, Shift... shifts) {
            hours.put(day, List.of(shifts));
            return this;
        }

        public Builder away(String from, String to) {
            away = List.of(new Absence(LocalDate.parse(from), LocalDate.parse(to)));
            return this;
        }

        public Builder expertise(String... ids) {
            expertise = List.of(ids);
            return this;
        }

        public Builder capacity(int open) {
            capacity = open;
            return this;
        }

        public Builder unavailable() {
            available = false;
            return this;
        }

        public Technologist build() {
            String slug = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.');
            String email = slug + "@uni.example";
            return new Technologist(email, name, email, Map.of("slack", "U" + slug.toUpperCase(java.util.Locale.ROOT)),
                    zone, new WeeklyHours(hours), away, expertise, capacity, available);
        }
    }

    /** The chat key a technologist clicks from. */
    public static ConversationKey keyOf(Technologist technologist) {
        return new ConversationKey("slack", technologist.chatId("slack").orElseThrow(), "D" + technologist.id());
    }
}
