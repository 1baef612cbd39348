package org.doorway.teams;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a person typed, as Doorway's intake wants it: the bot's own
 * {@code <at>Doorway</at>} removed (channels require it), other mentions reduced
 * to the name, the few HTML entities Teams uses decoded, and the length capped.
 */
final class MentionText {
    static final int MAX_LENGTH = 4000;
    private static final Pattern AT = Pattern.compile("<at[^>]*>(.*?)</at>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private MentionText() {}

    static String of(InboundActivity activity) {
        String text = activity.text();
        for (InboundActivity.Mention mention : activity.mentions()) {
            if (mention.mentionedId().equals(activity.botId()) && !mention.text().isEmpty()) {
                text = text.replace(mention.text(), " ");
            }
        }
        Matcher others = AT.matcher(text);
        text = others.replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").strip();
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }
}
