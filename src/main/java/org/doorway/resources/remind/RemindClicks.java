package org.doorway.resources.remind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.GuideFormat;
import org.doorway.catalogue.Tool;
import org.doorway.conversation.Answer;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.OptionOwner;
import org.doorway.conversation.Suggestion;
import org.doorway.resources.ScheduledSession;
import org.doorway.resources.Webinars;

/**
 * Offers "Remind me" for the next timed session of each webinar shown with
 * suggestions (never a past one) and records the click, once per person and session.
 * Thread-safe.
 */
public final class RemindClicks implements OptionOwner {
    static final Duration DAY_BEFORE = Duration.ofDays(1);

    private final Supplier<Catalogue> catalogue;
    private final Webinars webinars;
    private final WebinarReminders reminders;
    private final ReminderTexts texts;
    private final Clock clock;

    public RemindClicks(Supplier<Catalogue> catalogue, Webinars webinars, WebinarReminders reminders,
            ZoneId institutionZone, Clock clock) {
        this.catalogue = catalogue;
        this.webinars = webinars;
        this.reminders = reminders;
        this.texts = new ReminderTexts(institutionZone);
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return RemindOptions.PREFIX;
    }

    @Override
    public List<Option> under(Reply.Suggestions suggestions) {
        Catalogue current = catalogue.get();
        Instant now = clock.instant();
        return suggestions.items().stream().filter(RemindClicks::showsAWebinar).map(Suggestion::toolId)
                .map(current::tool).flatMap(Optional::stream)
                .flatMap(tool -> nextTimed(tool, now).stream()).map(RemindOptions::of).toList();
    }

    @Override
    public Answer press(ConversationKey who, String optionId, String note) {
        return Answer.of(remind(who, optionId));
    }

    private Reply remind(ConversationKey who, String optionId) {
        Instant now = clock.instant();
        Optional<ScheduledSession> found = RemindOptions.session(optionId)
                .flatMap(id -> webinars.find(catalogue.get(), id))
                .filter(session -> session.start().isPresent() && session.upcoming(now));
        if (found.isEmpty()) {
            return Reply.Text.of(texts.gone());
        }
        ScheduledSession session = found.get();
        Instant start = session.start().orElseThrow().toInstant();
        Instant remindAt = start.minus(DAY_BEFORE);
        boolean soon = !remindAt.isAfter(now);
        WebinarReminders.Due due = new WebinarReminders.Due(start, session.end().orElseThrow().toInstant(),
                remindAt, soon);
        return Reply.Text.of(reminders.add(who, session.id(), due, now) ? texts.set(session, soon)
                : texts.alreadySet(session));
    }

    /** Only where the person sees the webinar (the guides view, not the brief first page). */
    private static boolean showsAWebinar(Suggestion item) {
        return item.guides().stream().anyMatch(guide -> guide.format() == GuideFormat.WEBINAR);
    }

    private List<ScheduledSession> nextTimed(Tool tool, Instant now) {
        return tool.guides().stream().filter(guide -> guide.webinar().isPresent())
                .flatMap(guide -> webinars.next(tool, guide, now).stream())
                .filter(session -> session.start().isPresent()).toList();
    }
}
