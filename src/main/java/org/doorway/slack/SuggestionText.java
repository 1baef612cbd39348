package org.doorway.slack;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.doorway.catalogue.CaseStudy;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.GuideFormat;
import org.doorway.conversation.Suggestion;

/** The mrkdwn for one suggested tool: name, why it fits, support status, guides by format, a case study. */
final class SuggestionText {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private SuggestionText() {}

    static String of(Suggestion suggestion) {
        List<String> lines = new ArrayList<>();
        String name = "*" + Mrkdwn.link(suggestion.url(), Mrkdwn.cut(suggestion.name(), 150)) + "*";
        lines.add(blank(suggestion.summary()) ? name : name + " — " + Mrkdwn.escape(suggestion.summary(), 600));
        if (!blank(suggestion.why())) {
            lines.add("_Why it fits:_ " + Mrkdwn.escape(suggestion.why(), 800));
        }
        if (suggestion.support() != null) {
            String by = blank(suggestion.supportedBy()) ? "" : " by " + Mrkdwn.escape(suggestion.supportedBy(), 200);
            lines.add("_Support:_ " + Mrkdwn.escape(suggestion.support().label()) + by);
        }
        if (!suggestion.guides().isEmpty()) {
            lines.add("_Guides:_ " + suggestion.guides().stream().limit(8).map(SuggestionText::guide)
                    .collect(Collectors.joining(" · ")));
        }
        suggestion.caseStudy().ifPresent(story -> lines.add(caseStudy(story)));
        return String.join("\n", lines);
    }

    /** "One-page guide", "Short video", "Webinar 14 Jan" … as links when the URL is http(s). */
    static String guide(Guide guide) {
        return Mrkdwn.link(guide.url(), Mrkdwn.cut(guideLabel(guide), 80));
    }

    static String guideLabel(Guide guide) {
        String label = capitalised(guide.label());
        if (guide.format() == GuideFormat.WEBINAR && !guide.dates().isEmpty()) {
            label += " " + guide.dates().stream().limit(3).map(SuggestionText::day).collect(Collectors.joining(", "));
        }
        return label;
    }

    private static String caseStudy(CaseStudy story) {
        String by = blank(story.author()) ? "" : " (" + Mrkdwn.escape(story.author(), 100) + ")";
        String summary = blank(story.summary()) ? "" : " — " + Mrkdwn.escape(story.summary(), 500);
        return "_A colleague's story:_ " + Mrkdwn.link(story.url(), Mrkdwn.cut(story.title(), 200)) + by + summary;
    }

    private static String day(LocalDate date) {
        return date.format(DAY_MONTH);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
