package org.doorway.console;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.doorway.catalogue.Guide;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Suggestion;

/**
 * Renders replies as plain text for a terminal. Options are numbered from 1
 * across one turn; control characters are removed from every text so nothing
 * a person typed can move the cursor or recolour the screen.
 */
public final class ConsoleRenderer {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** The text for one reply; {@code options} collects its options in the order they are numbered. */
    public String render(Reply reply, List<Option> options) {
        StringBuilder out = new StringBuilder();
        if (reply instanceof Reply.Text text) {
            out.append(clean(text.text())).append('\n');
            numbered(text.options(), options, out);
        } else if (reply instanceof Reply.Suggestions suggestions) {
            out.append(clean(suggestions.intro())).append('\n');
            suggestions.items().forEach(item -> suggestion(item, out));
            numbered(suggestions.actions(), options, out);
        } else if (reply instanceof Reply.Choice choice) {
            out.append(clean(choice.prompt())).append('\n');
            numbered(choice.options(), options, out);
        } else if (reply instanceof Reply.HandoffNotice notice) {
            out.append(clean(notice.text())).append('\n');
            notice.chatLink().filter(ConsoleRenderer::isWebLink)
                    .ifPresent(link -> out.append("  Open a chat: ").append(clean(link)).append('\n'));
        } else if (reply instanceof Reply.HandoffSummary summary) {
            out.append(clean(summary.title())).append(" (from ").append(clean(summary.staffName())).append(")\n");
            summary.fields().forEach(field -> out.append("  ").append(clean(field.label())).append(": ")
                    .append(clean(field.value())).append('\n'));
            numbered(summary.options(), options, out);
        } else if (reply instanceof Reply.Listing listing) {
            out.append(clean(listing.intro())).append('\n');
            listing.items().forEach(item -> out.append('\n').append(render(item, options)));
        }
        return out.toString();
    }

    private static void suggestion(Suggestion item, StringBuilder out) {
        out.append("\n  * ").append(clean(item.name())).append("  (").append(item.support().label());
        if (item.supportedBy() != null && !item.supportedBy().isBlank()) {
            out.append(" · ").append(clean(item.supportedBy()));
        }
        out.append(")\n");
        if (item.summary() != null && !item.summary().isBlank()) {
            out.append("    ").append(clean(item.summary())).append('\n');
        }
        if (item.why() != null && !item.why().isBlank()) {
            out.append("    Why it fits: ").append(clean(item.why())).append('\n');
        }
        List<String> guides = new ArrayList<>();
        for (Guide guide : item.guides()) {
            String when = guide.dates().isEmpty() ? "" : " " + DAY.format(guide.dates().get(0));
            guides.add(guide.label() + when + ": " + (isWebLink(guide.url()) ? clean(guide.url()) : "—"));
        }
        if (!guides.isEmpty()) {
            out.append("    Guides: ").append(String.join("\n            ", guides)).append('\n');
        }
        item.caseStudy().ifPresent(story -> out.append("    A colleague's story: ").append(clean(story.title()))
                .append(" (").append(clean(story.author())).append(") ").append(clean(story.summary())).append('\n'));
    }

    private static void numbered(List<Option> offered, List<Option> options, StringBuilder out) {
        if (offered.isEmpty()) {
            return;
        }
        List<String> labels = new ArrayList<>();
        for (Option option : offered) {
            options.add(option);
            labels.add("[" + options.size() + "] " + clean(option.label()));
        }
        out.append("  ").append(String.join("   ", labels)).append('\n');
    }

    static boolean isWebLink(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }

    /** Removes control characters (escape sequences included) but keeps line breaks and tabs. */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("\u001B\\[[0-9;?]*[ -/]*[@-~]", "")
                .replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
    }
}
