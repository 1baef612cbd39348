package org.doorway.followup;

import java.util.regex.Pattern;

/**
 * Takes personal details out of a story before anyone reviews it: email
 * addresses, links, chat mentions, phone and student numbers, and titled names
 * ("Dr Lee"). Names without a title can remain: an admin reads every draft
 * before it is published.
 */
final class PersonalDetails {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern LINK = Pattern.compile("(https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern MENTION = Pattern.compile("<[@#!][^>]*>|@\\w+");
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d ()-]{6,}\\d");
    private static final Pattern TITLED = Pattern.compile(
            "\\b(Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\\.? [A-Z][\\w'-]+( [A-Z][\\w'-]+)?");

    private PersonalDetails() {}

    static String strip(String text) {
        String stripped = EMAIL.matcher(text).replaceAll("[email]");
        stripped = LINK.matcher(stripped).replaceAll("[link]");
        stripped = MENTION.matcher(stripped).replaceAll("[someone]");
        stripped = NUMBER.matcher(stripped).replaceAll("[number]");
        return TITLED.matcher(stripped).replaceAll("[someone]");
    }
}
