package org.doorway.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;

/**
 * The one read model behind every list of open requests: a technologist's
 * queue (offered to them or picked up, urgent first, then the oldest) for
 * Slack's App Home and the typed {@code queue}, and a staff member's own
 * requests for "my requests". Each line becomes a card with the buttons that
 * act at that moment. Reads see the caller's unit of work. Thread-safe.
 */
public final class MyQueue {
    static final int LIMIT = 20;
    private static final int PROBLEM_CHARS = 300;

    private final Handoffs handoffs;
    private final OpenHandoffs open;
    private final Roster roster;
    private final Clock clock;

    MyQueue(Handoffs handoffs, OpenHandoffs open, Roster roster, Clock clock) {
        this.handoffs = handoffs;
        this.open = open;
        this.roster = roster;
        this.clock = clock;
    }

    /** The technologist's open requests, urgent ones first, then the longest waiting. */
    public List<QueueLine> of(String technologistId) {
        Instant now = clock.instant();
        return handoffs.heldBy(technologistId, LIMIT).stream()
                .sorted(Comparator.comparing((Handoff handoff) -> !handoff.request().urgent())
                        .thenComparing(handoff -> handoff.request().requestedAt()))
                .map(handoff -> new QueueLine(handoff, Duration.between(handoff.request().requestedAt(), now),
                        technologistStatus(handoff, now), latestFromStaff(handoff)))
                .toList();
    }

    /** The staff member's requests that are not closed, the newest first. */
    public List<QueueLine> requestsOf(ConversationKey staff) {
        Instant now = clock.instant();
        return open.ofStaff(staff.platform(), staff.user(), LIMIT).stream()
                .map(handoff -> new QueueLine(handoff, Duration.between(handoff.request().requestedAt(), now),
                        staffStatus(handoff), latestFromStaff(handoff)))
                .toList();
    }

    /** A line of a technologist's queue as a card with the buttons they can use on it now. */
    public Reply.HandoffSummary cardForTechnologist(QueueLine line, String technologistId) {
        Handoff handoff = line.handoff();
        return new Reply.HandoffSummary(handoff.handoffId(), Summaries.title(handoff.request()),
                handoff.request().staffName(), fields(line), Summaries.buttonsFor(handoff, technologistId));
    }

    /** A line of the staff member's requests as a card with "Add information" and "Sorted, thanks". */
    public Reply.HandoffSummary cardForStaff(QueueLine line) {
        Handoff handoff = line.handoff();
        return new Reply.HandoffSummary(handoff.handoffId(), "Your request: " + cut(handoff.request().problem(), 80),
                handoff.request().staffName(), List.of(new Reply.Field("Where it stands", line.status()),
                        new Reply.Field("Asked", QueueLine.ageInWords(line.age()) + " ago")),
                List.of(StaffOptions.add(handoff), StaffOptions.close(handoff)));
    }

    private static List<Reply.Field> fields(QueueLine line) {
        List<Reply.Field> fields = new ArrayList<>();
        fields.add(new Reply.Field("Asked", QueueLine.ageInWords(line.age()) + " ago"));
        fields.add(new Reply.Field("Status", line.status()));
        fields.add(new Reply.Field("Need", needOf(line.handoff())));
        fields.add(new Reply.Field("Latest from " + line.handoff().request().staffName(), line.latestFromStaff()));
        return fields;
    }

    private static String needOf(Handoff handoff) {
        HandoffRequest request = handoff.request();
        if (request.kind() == HandoffRequest.Kind.FAULT) {
            return "a fault" + (request.toolIds().isEmpty() ? "" : " with " + String.join(", ", request.toolIds()));
        }
        return request.needIds().isEmpty() ? "not classified" : String.join(", ", request.needIds());
    }

    private String technologistStatus(Handoff handoff, Instant now) {
        if (handoff.state() == Handoff.State.OFFERED) {
            Optional<Instant> due = handoff.dueAt();
            String sla = due.map(at -> at.isAfter(now)
                    ? "moves on in " + QueueLine.ageInWords(Duration.between(now, at))
                    : "past its time, moving on soon").orElse("");
            return "Offered to you, not picked up yet" + (sla.isEmpty() ? "" : "; " + sla);
        }
        Optional<Instant> since = pickedUpAt(handoff);
        return "Picked up" + since.map(at -> " " + QueueLine.ageInWords(Duration.between(at, now)) + " ago")
                .orElse("");
    }

    private String staffStatus(Handoff handoff) {
        Optional<String> holder = handoff.technologistId().flatMap(roster::find).map(Technologist::name);
        return switch (handoff.state()) {
            case ACKNOWLEDGED -> "With " + holder.orElse("a learning technologist") + ", who is working on it";
            case OFFERED -> "Offered to " + holder.orElse("a learning technologist") + ", who hasn't picked it up yet";
            case QUEUED, REQUESTED -> "Waiting for the next learning technologist on duty";
            case RESOLVED -> "Resolved";
        };
    }

    /** When the current holder last picked it up (the first acknowledgement is kept on the handoff itself). */
    Optional<Instant> pickedUpAt(Handoff handoff) {
        return handoffs.history(handoff.id()).stream()
                .filter(entry -> entry.event() == HistoryEntry.Event.ACKNOWLEDGED)
                .filter(entry -> entry.technologistId().equals(handoff.technologistId()))
                .reduce((first, second) -> second)
                .map(HistoryEntry::at);
    }

    private String latestFromStaff(Handoff handoff) {
        return handoffs.history(handoff.id()).stream()
                .filter(entry -> entry.event() == HistoryEntry.Event.STAFF_ADDED)
                .reduce((first, second) -> second)
                .map(HistoryEntry::detail)
                .map(text -> cut(text, PROBLEM_CHARS))
                .orElse(cut(handoff.request().problem(), PROBLEM_CHARS));
    }

    static String cut(String text, int max) {
        String plain = text == null ? "" : text.strip();
        return plain.length() <= max ? plain : plain.substring(0, max - 1) + "…";
    }
}
