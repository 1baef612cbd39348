package org.doorway.web.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.HandoffRequest;
import org.doorway.handoff.Technologist;

/**
 * The open handoffs as the console lists them, the longest waiting first:
 * who asked and about what, with whom it is, since when, and where it stands
 * against the SLA; with the technologists it can be given to, and what the
 * last "Give to…" did ({@code refused}: nothing changed, the notice says why).
 */
public record HandoffQueue(List<Row> rows, List<Technologist> technologists, String notice, boolean refused,
        boolean canReassign) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");
    static final int GIST = 140;

    public record Row(String id, String staff, String kind, String problem, String withWhom, String since,
            String sla, String slaLevel, String holderId) {}

    static HandoffQueue of(List<Handoff> open, List<Technologist> roster, Instant now, ZoneId zone, String notice,
            boolean refused, boolean canReassign) {
        Map<String, Technologist> byId = roster.stream().collect(Collectors.toMap(Technologist::id, Function.identity(),
                (a, b) -> a));
        List<Row> rows = open.stream().map(handoff -> new Row(handoff.handoffId(),
                handoff.request().staffName() + " (" + handoff.request().staff().platform() + ")",
                handoff.request().kind() == HandoffRequest.Kind.FAULT ? "Fault" : "Teaching",
                gist(handoff.request().problem()),
                handoff.technologistId().map(id -> Optional.ofNullable(byId.get(id)).map(Technologist::name).orElse(id))
                        .orElse("Nobody yet (queued)"),
                WHEN.format(handoff.request().requestedAt().atZone(zone)) + " · " + minutes(
                        Duration.between(handoff.request().requestedAt(), now)) + " ago",
                sla(handoff, now), level(handoff, now), handoff.technologistId().orElse(""))).toList();
        return new HandoffQueue(rows, roster, notice, refused, canReassign);
    }

    private static String sla(Handoff handoff, Instant now) {
        return switch (handoff.state()) {
            case QUEUED -> "Waiting for someone on duty";
            case OFFERED -> handoff.dueAt().filter(due -> due.isAfter(now))
                    .map(due -> "Offered; " + minutes(Duration.between(now, due)) + " left to pick up")
                    .orElse("Not picked up in time") + (handoff.missedDeadlines() > 0
                    ? " (missed " + handoff.missedDeadlines() + "×)" : "");
            case ACKNOWLEDGED -> "Picked up after " + handoff.waited().map(HandoffQueue::minutes).orElse("?");
            default -> handoff.state().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String level(Handoff handoff, Instant now) {
        if (handoff.state() == Handoff.State.ACKNOWLEDGED) {
            return "ok";
        }
        boolean late = handoff.state() == Handoff.State.QUEUED || handoff.missedDeadlines() > 0
                || handoff.dueAt().filter(due -> !due.isAfter(now)).isPresent();
        return late ? "bad" : "warn";
    }

    static String minutes(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        return minutes < 120 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    private static String gist(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= GIST ? flat : flat.substring(0, GIST - 1) + "…";
    }
}
