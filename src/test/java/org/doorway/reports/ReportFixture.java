package org.doorway.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.doorway.conversation.ConversationKey;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.HandoffRequest;
import org.doorway.handoff.HistoryEntry;
import org.doorway.handoff.Shift;
import org.doorway.handoff.Technologist;
import org.doorway.handoff.WeeklyHours;
import org.doorway.store.Database;
import org.doorway.store.JdbiHandoffs;
import org.doorway.store.JdbiRequests;

/**
 * Writes a request's history through the real stores, as the dialogue and the
 * handoff desk do, inside one unit of work per step.
 */
final class ReportFixture {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Database database;
    private final JdbiRequests requests;
    private final JdbiHandoffs handoffs;

    ReportFixture(Database database) {
        this.database = database;
        this.requests = new JdbiRequests(database);
        this.handoffs = new JdbiHandoffs(database);
    }

    static Technologist technologist(String id) {
        Map<DayOfWeek, List<Shift>> week = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new Shift(LocalTime.of(9, 0), LocalTime.of(17, 0))));
        }
        return new Technologist(id, id, id, Map.of("slack", "U" + id.hashCode()), LONDON, new WeeklyHours(week),
                List.of(), List.of(), 5, true);
    }

    long open(String platform, String user, String at) {
        return open(platform, user, at, "text");
    }

    long open(String platform, String user, String at, String text) {
        return database.inTransaction(() -> requests.open(new ConversationKey(platform, user, "D" + user), text,
                Instant.parse(at)));
    }

    void classified(long request, String outcome, String need) {
        database.inTransaction(() -> {
            requests.classified(request, outcome, need, 0.8);
            return null;
        });
    }

    void event(long request, String kind, String detail, String at) {
        database.inTransaction(() -> {
            requests.event(request, kind, detail, Instant.parse(at));
            return null;
        });
    }

    void status(long request, String outcome, String at) {
        database.inTransaction(() -> {
            requests.outcome(request, outcome, Instant.parse(at));
            return null;
        });
    }

    /** A handoff for the request, with its history steps as (event, technologist or null, time). */
    long handoff(long request, String at, Object... steps) {
        return database.inTransaction(() -> {
            Handoff handoff = handoffs.create(new HandoffRequest(request, new ConversationKey("slack", "U", "D"), "Staff",
                    HandoffRequest.Kind.TEACHING, "problem", List.of(), List.of(), List.of(), Instant.parse(at)));
            handoffs.record(HistoryEntry.of(handoff, Instant.parse(at), HistoryEntry.Event.REQUESTED, "asked"));
            for (int index = 0; index < steps.length; index += 3) {
                HistoryEntry.Event event = (HistoryEntry.Event) steps[index];
                String technologist = (String) steps[index + 1];
                Instant when = Instant.parse((String) steps[index + 2]);
                handoffs.record(technologist == null ? HistoryEntry.of(handoff, when, event, "")
                        : HistoryEntry.of(handoff, when, event, technologist, ""));
            }
            return handoff.id();
        });
    }
}
