package org.doorway.handoff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.doorway.conversation.Reply;

/**
 * What the staff member is told as their handoff moves, honestly and in
 * plain words. Times are shown in the institution's zone, named, because a
 * staff member's own zone is not known.
 */
final class StaffNotices {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);

    private final ZoneId zone;

    StaffNotices(ZoneId zone) {
        this.zone = zone;
    }

    Reply picked(Technologist technologist, Optional<String> chatLink) {
        return notice(technologist.name() + " has picked up your request and will reply in your chat.",
                technologist, chatLink);
    }

    Reply movedOn(Technologist silent, Technologist next, Optional<String> chatLink) {
        return notice(silent.name() + " hasn't been able to pick up your request yet, so I've passed it to "
                + next.name() + ", who has everything you told me.", next, chatLink);
    }

    Reply passed(Technologist passer, Technologist next, Optional<String> chatLink) {
        return notice(passer.name() + " has passed your request to " + next.name()
                + ", who has everything you told me.", next, chatLink);
    }

    Reply transferred(Technologist next, Optional<String> chatLink) {
        return notice("Your request is now with " + next.name() + ", a colleague who can help with it, and they "
                + "have everything you told me.", next, chatLink);
    }

    Reply nowOnDuty(Technologist technologist, Optional<String> chatLink) {
        return notice(technologist.name() + " is on duty now and has your request, with everything you told me.",
                technologist, chatLink);
    }

    Reply stillWaiting(Technologist silent, boolean teamAsked) {
        return Reply.Text.of(silent.name() + " hasn't been able to pick up your request yet and nobody else is free "
                + "right now. " + (teamAsked ? "I've shared it with the whole learning technology team. " : "")
                + "I'll keep trying and tell you as soon as someone has it.");
    }

    Reply queuedAfterPass(Technologist passer, Optional<Instant> nextOnDuty, boolean teamAsked) {
        return Reply.Text.of(passer.name() + " can't take your request and nobody else is free right now. "
                + nextOnDuty.map(at -> "The next person is on duty " + when(at) + ". ").orElse("")
                + (teamAsked ? "I've shared it with the whole learning technology team. " : "")
                + "I'll pass it on as soon as someone is free.");
    }

    Reply resolved(Technologist technologist, String note) {
        return Reply.Text.of(technologist.name() + " has marked your request as resolved"
                + (note.isBlank() ? "." : ": " + note));
    }

    String when(Instant at) {
        return WHEN.format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private static Reply notice(String text, Technologist technologist, Optional<String> chatLink) {
        return new Reply.HandoffNotice(text, Optional.of(technologist.name()), chatLink);
    }
}
