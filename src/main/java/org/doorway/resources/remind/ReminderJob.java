package org.doorway.resources.remind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import org.doorway.Transactions;
import org.doorway.catalogue.Catalogue;
import org.doorway.conversation.Reply;
import org.doorway.resources.ScheduledSession;
import org.doorway.resources.Webinars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what reminders promise: the day before, a reminder with the joining
 * link; after the session, the recording and Q&A links once the catalogue
 * has them (it waits up to {@link #WAIT_FOR_LINKS} for them). Each message is
 * queued in the same unit of work as the conditional mark that claims it, so
 * it goes out once, whichever instance or run gets there first, and nothing
 * is lost across a restart. A session gone from the catalogue is marked done
 * silently. Run it under a lease every few minutes.
 */
public final class ReminderJob implements Runnable {
    public static final String JOB = "webinar-reminders";
    public static final Duration EVERY = Duration.ofMinutes(1);
    static final Duration WAIT_FOR_LINKS = Duration.ofDays(7);
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final WebinarReminders reminders;
    private final Transactions transactions;
    private final Supplier<Catalogue> catalogue;
    private final Webinars webinars;
    private final ChatMessages messages;
    private final ReminderTexts texts;
    private final Clock clock;

    public ReminderJob(WebinarReminders reminders, Transactions transactions, Supplier<Catalogue> catalogue,
            Webinars webinars, ChatMessages messages, ZoneId institutionZone, Clock clock) {
        this.reminders = reminders;
        this.transactions = transactions;
        this.catalogue = catalogue;
        this.webinars = webinars;
        this.messages = messages;
        this.texts = new ReminderTexts(institutionZone);
        this.clock = clock;
    }

    @Override
    public void run() {
        Instant now = clock.instant();
        for (Reminder due : reminders.remindersDue(now, BATCH)) {
            transactions.run(() -> remind(due, now));
        }
        for (Reminder ended : reminders.followUpsDue(now, BATCH)) {
            transactions.run(() -> followUp(ended, now));
        }
    }

    private void remind(Reminder reminder, Instant now) {
        Optional<ScheduledSession> session = webinars.find(catalogue.get(), reminder.session())
                .filter(found -> found.start().isPresent());
        if (!reminders.markReminded(reminder.id(), now)) {
            return;
        }
        if (session.isEmpty() || !reminder.startsAt().isAfter(now)) {
            log.info("Reminder {} not sent: its session {} has gone from the catalogue or already started",
                    reminder.id(), reminder.session().wire());
            return;
        }
        messages.tell(reminder.who(), Reply.Text.of(texts.dayBefore(session.get())));
    }

    private void followUp(Reminder reminder, Instant now) {
        Optional<ScheduledSession> session = webinars.find(catalogue.get(), reminder.session());
        boolean hasLinks = session.map(found -> found.webinar().recordings().isPresent()
                || found.webinar().questions().isPresent()).orElse(false);
        boolean givenUp = !reminder.endsAt().plus(WAIT_FOR_LINKS).isAfter(now);
        if (!hasLinks && !givenUp && session.isPresent()) {
            return;
        }
        if (!reminders.markFollowedUp(reminder.id(), now) || !hasLinks) {
            return;
        }
        messages.tell(reminder.who(), Reply.Text.of(texts.afterwards(session.get().guide().title(),
                session.get().webinar())));
    }
}
