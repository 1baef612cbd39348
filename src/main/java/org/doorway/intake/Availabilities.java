package org.doorway.intake;

import org.doorway.handoff.HandoffDesk;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import org.doorway.handoff.Availability;
import org.doorway.handoff.HandoffRequest;

/** Tells staff, before they ask, whether a person is there now and when one will be. */
final class Availabilities {
    private final HandoffDesk desk;
    private final ZoneId zone;

    /** {@code zone} is the institution's, for "the next one is on at …". */
    Availabilities(HandoffDesk desk, ZoneId zone) {
        this.desk = desk;
        this.zone = zone;
    }

    /** One sentence about people, for the end of a suggestions message. */
    String line(ConversationState state) {
        Availability availability = desk.availability(kind(state), needIds(state));
        if (availability.someoneNow()) {
            return "A learning technologist is available now if you'd like a person.";
        }
        return availability.nextOnDuty()
                .map(next -> "Learning technologists are away right now; the next one is on " + when(next) + ".")
                .orElse("No learning technologist is on duty right now.");
    }

    /** "Monday 1 December at 09:00 GMT", in the institution's zone. */
    String when(Instant instant) {
        return Times.when(instant, zone);
    }

    static HandoffRequest.Kind kind(ConversationState state) {
        return "fault".equals(state.outcome()) ? HandoffRequest.Kind.FAULT : HandoffRequest.Kind.TEACHING;
    }

    static List<String> needIds(ConversationState state) {
        if (state.needId() != null) {
            return List.of(state.needId());
        }
        return state.needs().stream().limit(3).map(need -> need.needId()).toList();
    }
}
