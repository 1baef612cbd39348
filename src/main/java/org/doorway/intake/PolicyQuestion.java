package org.doorway.intake;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question about whether and how a tool may be used rather than which tool
 * fits: "am I allowed to use Padlet?", "is Vevox GDPR-approved?", "is it
 * accessible?", "does Miro work with Moodle?", "what does it cost students?".
 * Answered from the catalogue entry, not by suggesting tools. Stateless.
 */
final class PolicyQuestion {
    enum Topic { ALLOWED, DATA, ACCESSIBILITY, VLE, COST }

    private static final Pattern ALLOWED = Pattern.compile("\\b(am i|are we|are staff|is it) (allowed|permitted|ok|"
            + "okay|fine) to|\\b(can|may) (i|we) (use|try|put|run|get)\\b|\\b(is|are) [\\w&!. -]{1,40} (allowed|"
            + "approved|permitted|sanctioned|licensed|supported|ok to use)\\b|\\bapproved (tool|for)\\b|\\b(allowed|"
            + "approved|permitted) to use\\b");
    private static final Pattern DATA = Pattern.compile("\\b(gdpr|data protection|dpia|personal data|student "
            + "(names|data|details|emails)|names in it|privacy|where (is|are) (the )?data|data (stored|held|kept)|"
            + "stored in the|safe to (use|put)|confidential|secure)\\b");
    private static final Pattern ACCESSIBILITY = Pattern.compile("\\b(accessible|accessibility|screen ?readers?|"
            + "disabled students|disabilit\\w+|dyslexi\\w+|wcag|captions?|colour ?blind|keyboard only|neurodivergent|"
            + "reasonable adjustments?|inclusive)\\b");
    private static final Pattern VLE = Pattern.compile("\\b(work|works|integrate|integrates|integration|connect|"
            + "sync|link|plug|embed)\\w* (with|into|in|to) (moodle|canvas|blackboard|brightspace|the vle|our vle|"
            + "my vle)\\b|\\b(in|inside|from) (moodle|canvas|blackboard|the vle)\\b.*\\?|\\bgrade ?book\\b|\\blti\\b");
    private static final Pattern COST = Pattern.compile("\\b(cost|costs|price|pricing|how much|pay|paid|free|"
            + "subscription|licen[cs]e|charge|fee)\\b");
    private static final Pattern QUESTION = Pattern.compile("\\?|^(am|are|is|can|may|does|do|will|what|where|who|"
            + "how)\\b|\\b(allowed|approved|gdpr|permitted)\\b");

    private PolicyQuestion() {}

    /** The topics asked about, when the message is a question of this kind; empty otherwise. */
    static Set<Topic> topics(String lower) {
        if (!QUESTION.matcher(lower).find()) {
            return Set.of();
        }
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        if (ALLOWED.matcher(lower).find()) {
            topics.add(Topic.ALLOWED);
        }
        if (DATA.matcher(lower).find()) {
            topics.add(Topic.DATA);
        }
        if (ACCESSIBILITY.matcher(lower).find()) {
            topics.add(Topic.ACCESSIBILITY);
        }
        if (VLE.matcher(lower).find()) {
            topics.add(Topic.VLE);
        }
        if (COST.matcher(lower).find() && lower.matches(".*\\b(students?|us|me|we|department|school|it)\\b.*")) {
            topics.add(Topic.COST);
        }
        return topics;
    }

    /** Whether the words point at a tool already in the conversation: "is it accessible?". */
    static Optional<String> pronoun(String lower) {
        var matcher = Pattern.compile("\\b(it|this|that|this one|that one|them)\\b").matcher(lower);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }
}
