package org.doorway.resources;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.GuideFormat;
import org.doorway.catalogue.Tool;

/**
 * The guides a suggestion shows for a tool: the entry's own, each webinar cut
 * to its next session (past ones never show), and what Doorway makes where
 * the entry lacks it: a printable guide (PDF) when there is no one-page
 * guide, an "add to my calendar" invite for each next session, and the map
 * of the tools for the need. Immutable and thread-safe.
 */
public final class ResourceOffer {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final ResourceLinks links;
    private final Webinars webinars;

    public ResourceOffer(ResourceLinks links, Webinars webinars) {
        this.links = links;
        this.webinars = webinars;
    }

    /** The tool as suggested for {@code needId} at {@code now}. */
    public Tool forSuggestion(Tool tool, String needId, Instant now) {
        List<Guide> shown = new ArrayList<>();
        for (Guide guide : tool.guides()) {
            if (guide.webinar().isEmpty()) {
                shown.add(guide);
                continue;
            }
            Optional<ScheduledSession> next = webinars.next(tool, guide, now);
            shown.add(new Guide(guide.title(), guide.format(), guide.url(), guide.minutes(), guide.webinar()
                    .map(webinar -> webinar.withSessions(next.map(session -> List.of(session.id().session()))
                            .orElse(List.of())))));
            next.ifPresent(session -> shown.add(new Guide(invite(session), GuideFormat.CALENDAR,
                    links.calendar(session.id()), OptionalInt.empty(), Optional.empty())));
        }
        if (tool.guides().stream().noneMatch(guide -> guide.format() == GuideFormat.ONE_PAGE)) {
            shown.add(generated("Printable guide (PDF)", GuideFormat.PRINTABLE, links.guide(tool.id())));
        }
        shown.add(generated("See how these tools fit together", GuideFormat.MAP, links.map(needId)));
        shown.sort(Comparator.comparing(Guide::format));
        return tool.withGuides(shown);
    }

    private static String invite(ScheduledSession session) {
        String when = session.start().map(WHEN::format).orElseGet(() -> DAY.format(session.date()) + ", time to be "
                + "confirmed");
        return session.guide().title() + " (" + when + " " + session.zone().getId() + ")";
    }

    private static Guide generated(String title, GuideFormat format, String url) {
        return new Guide(title, format, url, OptionalInt.empty(), Optional.empty());
    }
}
