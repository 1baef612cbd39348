package org.doorway.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorway.conversation.Reply;

/**
 * The facts a technologist needs about a fault, taken from what the person
 * already said, so only the missing ones are asked: which tool, what
 * happens, since when, who is affected and whether a deadline is near.
 * Stateless.
 */
final class FaultFacts {
    static final String TOOL = "Tool or system";
    static final String WHAT = "Error or what happened";
    static final String SINCE = "Since when";
    static final String AFFECTED = "Students affected";
    static final String DEADLINE = "Deadline";

    private static final Pattern SYMPTOM = Pattern.compile("\\b(error|says|message|blank|won't|wont|can't|cant|"
            + "cannot|couldn't|doesn't|isn't|aren't|not (working|loading|showing|opening|recording|saving|"
            + "letting)|crash\\w*|froze|frozen|freez\\w*|stuck|missing|disappeared|vanished|down|spinning|"
            + "404|500|403|wrong|fail\\w*|keeps|kicks|logged out|no sound|no audio|black screen|timed out|"
            + "time out)\\b");
    private static final Pattern SINCE_WHEN = Pattern.compile("\\b(since (this morning|yesterday|last night|"
            + "last week|the (update|upgrade|weekend|holidays?|start of term)|(monday|tuesday|wednesday|thursday|"
            + "friday|saturday|sunday)|\\d{1,2}(am|pm)|lunch(time)?)|(this morning|this afternoon|yesterday|"
            + "last night|earlier today)|for (a|two|three|a few|\\d+) (days?|weeks?|hours?)|(started|began) "
            + "(today|yesterday|this morning|last week)|all (day|week))\\b");
    private static final Pattern AFFECTED_WHO = Pattern.compile("\\b(everyone|everybody|nobody|no one|no-one|"
            + "none of (my|the|our) students|"
            + "all (of )?(my |the |our )?students|(the )?whole (cohort|class|module|year|group)|just me|only me|"
            + "one student|a student|a (few|couple of|handful of) students|some (of (my|the) )?students|"
            + "half (of )?(the|my) (class|students|cohort)|\\d+ (of (my|the) )?students|several students|"
            + "most (of (my|the) )?students|every (single )?(student|submission|one))\\b");
    private static final Pattern DEADLINE_SOON = Pattern.compile("\\b((exam|test|deadline|submission|"
            + "assessment|quiz|viva|presentation|lecture|seminar|class|session|lab|osce)s?\\b[^.!?]{0,30}"
            + "(today|tomorrow|tonight|this (morning|afternoon|evening)|in \\d+ ?(min|mins|minutes|hours?)|"
            + "in (half|an) (an )?hour|on (monday|tuesday|wednesday|thursday|friday)|at \\d{1,2}(:\\d\\d)?"
            + "(am|pm)?|next week|this week)|(due|closes) (today|tomorrow|tonight|at \\d|on \\w+day|this week))");
    private static final int MIN_WORDS_FOR_WHAT = 5;
    /** A fault told in this many words describes what happens, whatever words it uses. */
    private static final int WORDS_THAT_DESCRIBE = 12;

    private FaultFacts() {}

    /** The facts in {@code text}; {@code tool} is the tool or system it names, when one is. */
    static List<Reply.Field> from(String text, String tool) {
        String lower = SlotExtractor.normalise(text);
        List<Reply.Field> facts = new ArrayList<>();
        if (tool != null) {
            facts.add(new Reply.Field(TOOL, tool));
        }
        int words = lower.split(" ").length;
        if ((SYMPTOM.matcher(lower).find() && words >= MIN_WORDS_FOR_WHAT) || words >= WORDS_THAT_DESCRIBE) {
            facts.add(new Reply.Field(WHAT, Texts.gist(text, 300)));
        }
        found(SINCE_WHEN, lower).ifPresent(since -> facts.add(new Reply.Field(SINCE, since)));
        found(AFFECTED_WHO, lower).ifPresent(who -> facts.add(new Reply.Field(AFFECTED, who)));
        found(DEADLINE_SOON, lower).ifPresent(when -> facts.add(new Reply.Field(DEADLINE, "Yes: " + when)));
        return facts;
    }

    private static java.util.Optional<String> found(Pattern pattern, String lower) {
        Matcher matcher = pattern.matcher(lower);
        return matcher.find() ? java.util.Optional.of(matcher.group()) : java.util.Optional.empty();
    }
}
