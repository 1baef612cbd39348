package org.doorway.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.doorway.Transactions;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.Tool;
import org.doorway.handoff.Roster;
import org.doorway.handoff.Technologist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds the owners of catalogue entries whose review date has passed, in
 * chat. An entry's owners are its {@code experts} that are technologists in
 * the roster (matched by email or id). Each overdue entry is reminded at most
 * once per ISO week (the period) until its review date is moved: the claim
 * and the queued messages commit in one unit of work, so a restart or a
 * second instance never sends it twice. Run it under a lease, hourly.
 */
public final class ReviewReminders implements Runnable {
    public static final String JOB = "catalogue-review-reminders";
    private static final Logger log = LoggerFactory.getLogger(ReviewReminders.class);

    private final Supplier<Catalogue> catalogue;
    private final Roster roster;
    private final ReviewReminderMarks marks;
    private final OwnerChat chat;
    private final Transactions transactions;
    private final String consoleBase;
    private final ZoneId zone;
    private final Clock clock;

    /** {@code consoleBase} is Doorway's public address, to link each entry's page. */
    public ReviewReminders(Supplier<Catalogue> catalogue, Roster roster, ReviewReminderMarks marks, OwnerChat chat,
            Transactions transactions, String consoleBase, ZoneId zone, Clock clock) {
        this.catalogue = catalogue;
        this.roster = roster;
        this.marks = marks;
        this.chat = chat;
        this.transactions = transactions;
        this.consoleBase = consoleBase;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void run() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String period = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        for (Tool tool : catalogue.get().tools()) {
            if (ToolFilter.overdue(tool, today)) {
                transactions.run(() -> remind(tool, period));
            }
        }
    }

    private void remind(Tool tool, String period) {
        List<Technologist> owners = tool.experts().stream()
                .map(expert -> roster.find(Technologist.idFor(expert))).flatMap(Optional::stream).distinct().toList();
        if (!marks.claim(tool.id(), period, owners.size(), clock.instant())) {
            return;
        }
        if (owners.isEmpty()) {
            log.info("Catalogue entry {} is overdue for review (since {}) but none of its experts is in the roster: "
                    + "add a technologist's email to its experts to have them reminded", tool.id(), tool.reviewBy());
            return;
        }
        String text = "Time to check the catalogue entry for " + tool.name() + ": its review date was " + tool.reviewBy()
                + ". Review it and set a new date: " + consoleBase + "/admin/tools/" + tool.id();
        owners.forEach(owner -> chat.tell(owner, text));
    }
}
