package org.doorway.resources.remind;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.doorway.catalogue.Webinar;
import org.doorway.resources.ScheduledSession;

/** What the reminders say, with times in the institution's zone and its real abbreviation (GMT, BST). */
final class ReminderTexts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy 'at' HH:mm z",
            Locale.UK);

    private final ZoneId zone;

    ReminderTexts(ZoneId zone) {
        this.zone = zone;
    }

    String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }

    String set(ScheduledSession session, boolean dayBeforeAlreadyCame) {
        String start = when(session.start().orElseThrow().toInstant());
        return dayBeforeAlreadyCame
                ? "Noted: \"" + session.guide().title() + "\" is soon, " + start + ". I'll send the recording "
                        + "and Q&A links afterwards."
                : "Done: I'll remind you the day before \"" + session.guide().title() + "\" (" + start + ") and "
                        + "send the recording and Q&A links afterwards.";
    }

    String alreadySet(ScheduledSession session) {
        return "You already have a reminder for \"" + session.guide().title() + "\" ("
                + when(session.start().orElseThrow().toInstant()) + ").";
    }

    String gone() {
        return "That webinar session is no longer in the catalogue, or has already started, so I can't set a "
                + "reminder. Ask me again for the next one.";
    }

    String dayBefore(ScheduledSession session) {
        String text = "Reminder: \"" + session.guide().title() + "\" is tomorrow, "
                + when(session.start().orElseThrow().toInstant()) + ".";
        return session.webinar().join().or(() -> Optional.ofNullable(session.guide().url()))
                .map(link -> text + " Join: " + link).orElse(text);
    }

    String afterwards(String title, Webinar webinar) {
        StringBuilder text = new StringBuilder("Thanks for your interest in \"" + title + "\".");
        webinar.recordings().ifPresent(link -> text.append(" Recording: ").append(link));
        webinar.questions().ifPresent(link -> text.append(" Questions and answers: ").append(link));
        return text.toString();
    }
}
