package org.doorway.intake;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorway.catalogue.Tool;

/**
 * Reads a typed reply as the answer to what Doorway just asked, the way a
 * person would: "150 students, all online" answers the size question (and the
 * mode one), "the first one" picks the first tool, "none of these" asks for
 * others, "yes please" accepts the offer of a person. Replies that do not fit
 * are left for the dialogue to treat as something new. Stateless.
 */
final class ReplyReader {
    /** What a reply meant. */
    sealed interface Reading {
        /** The same as clicking the option with this id. */
        record Click(String optionId) implements Reading {}

        /** Facts about the teaching, from a question's answer or said in passing. */
        record Tailor(Slots slots) implements Reading {}

        /** "None of these" to "which is closest?". */
        record NoneOfThese() implements Reading {}

        /** "No" to an offer. */
        record Declined() implements Reading {}
    }

    private static final Pattern SKIP = Pattern.compile("^(skip|pass|next|not sure|unsure|don'?t know|dunno|"
            + "no idea|not sure yet|doesn'?t matter|does not matter|n/?a|rather not say|no preference|"
            + "skip (it|this|that|these|the questions)|no more questions|just show me)[.!]*$");
    private static final Pattern YES = Pattern.compile("^(yes|yeah|yep|yup|ye|y|sure|ok|okay|please|yes please|"
            + "please do|go on|go ahead|do it|that would be great|that'd be great|great|perfect|sounds good|"
            + "definitely|absolutely|ok then|yes thanks|yes thank you|aye)\\b.*");
    private static final Pattern NO = Pattern.compile("^(no|nope|nah|no thanks|no thank you|not now|not yet|"
            + "not really|i'm ok|i'm fine|it's fine)[.!]*$");
    private static final Pattern NONE = Pattern.compile("^(none( of (these|them|those|the above))?|neither"
            + "( of (these|them|those))?|not (these|those|them|any of (these|them|those))|something else|"
            + "none of those fit|nope,? none|no,? none of (these|them)|not really,? no|none really)"
            + "(,? (really|to be honest|tbh|sorry|i'm afraid|thanks|fit|work|suit|quite))*[.!]*$");
    private static final Pattern ORDINAL = Pattern.compile("\\b(first|1st|second|2nd|third|3rd|last|top|"
            + "number (1|2|3|one|two|three)|option (1|2|3|one|two|three))\\b");
    private static final Pattern LOOKS_RIGHT = Pattern.compile("^(that|these|this|they|those)( all)? (looks?|"
            + "sounds?|seems?) (right|good|great|perfect|useful|helpful|spot on|fine)|^(perfect|great|brilliant),? "
            + "(that'?s|i'?ll)|^i'?ll (try|give|go with|use)|^looks (right|good|great)");
    private static final Pattern MORE = Pattern.compile("^(more|other|others|other options|any others|anything "
            + "else|something different|show (me )?(more|others|other options)|different ones|what else)\\??[.!]*$");
    private static final Pattern GUIDES = Pattern.compile("^(show (me )?(the )?guides|guides|any guides|"
            + "(is there|are there) (a )?guides?|how do i (get started|start|set (it|them) up))\\??[.!]*$");
    private static final Pattern DETAILS = Pattern.compile("^(tell me )?more (about|on) |^what about |"
            + "^(tell me about|what is|what's|whats) ");
    private static final Pattern SEND = Pattern.compile("\\b(just )?(send|pass) (it|this) (on|to (someone|a "
            + "person|a technologist|them))|^(just )?send (it|now)[.!]*$|\\bget (me )?(someone|somebody|a "
            + "person|a human|a technologist)\\b");

    private ReplyReader() {}

    static Optional<Reading> read(ConversationState state, String text, Slots slots, List<Tool> onPage,
            ToolMentions mentions) {
        String lower = SlotExtractor.normalise(text).replaceAll("[!?.]+$", "");
        String question = state.focus().question();
        if (state.stage() == Stage.FAULT_DETAILS) {
            return SEND.matcher(lower).find() ? Optional.of(new Reading.Click(OptionIds.FAULT_NOW))
                    : Optional.empty();
        }
        if (Focus.OFFER_PERSON.equals(question) || state.stage() == Stage.AWAITING_PROBLEM_FOR_PERSON) {
            if (YES.matcher(lower).matches() || SEND.matcher(lower).find()) {
                return Optional.of(new Reading.Click(OptionIds.PERSON));
            }
            if (NO.matcher(lower).matches()) {
                return Optional.of(new Reading.Declined());
            }
        }
        if (state.stage() == Stage.OUT_OF_SCOPE && lower.matches("^(but )?(it'?s|it is) (about|for) teaching.*")) {
            return Optional.of(new Reading.Click(OptionIds.ABOUT_TEACHING));
        }
        if (state.stage() == Stage.CLARIFYING) {
            return closest(state, lower);
        }
        if (state.stage() != Stage.SUGGESTED) {
            return Optional.empty();
        }
        String refinement = state.focus().refinement();
        if (refinement != null) {
            if (SKIP.matcher(lower).matches()) {
                return Optional.of(new Reading.Click(OptionIds.REFINE_SKIP));
            }
            Optional<Slots> answer = answer(refinement, lower, slots);
            if (answer.isPresent()) {
                return Optional.of(new Reading.Tailor(answer.get()));
            }
        }
        if (slots.aboutTeaching() && slots.tools().isEmpty() && lower.split(" ").length <= 12) {
            return Optional.of(new Reading.Tailor(slots));
        }
        return suggestions(lower, onPage, mentions);
    }

    private static Optional<Reading> closest(ConversationState state, String lower) {
        if (NONE.matcher(lower).matches()) {
            return Optional.of(new Reading.NoneOfThese());
        }
        OptionalInt index = ordinal(lower, Math.min(4, state.needs().size()));
        if (index.isPresent() && lower.split(" ").length <= 5) {
            return Optional.of(new Reading.Click(OptionIds.NEED + state.needs().get(index.getAsInt()).needId()));
        }
        return Optional.empty();
    }

    private static Optional<Reading> suggestions(String lower, List<Tool> onPage, ToolMentions mentions) {
        if (NONE.matcher(lower).matches() || MORE.matcher(lower).matches()) {
            return Optional.of(new Reading.Click(OptionIds.MORE));
        }
        if (GUIDES.matcher(lower).matches()) {
            return Optional.of(new Reading.Click(OptionIds.GUIDES));
        }
        Optional<Tool> named = mentions.firstTool(lower);
        boolean asksAbout = DETAILS.matcher(lower).find();
        boolean policy = !PolicyQuestion.topics(lower).isEmpty();
        if (named.isPresent() && !policy && (asksAbout || lower.split(" ").length <= 4)) {
            return Optional.of(new Reading.Click(OptionIds.DETAILS + named.get().id()));
        }
        OptionalInt index = ordinal(lower, onPage.size());
        if (index.isPresent() && lower.split(" ").length <= 8) {
            return Optional.of(new Reading.Click(OptionIds.DETAILS + onPage.get(index.getAsInt()).id()));
        }
        if (LOOKS_RIGHT.matcher(lower).find()) {
            return Optional.of(new Reading.Click(OptionIds.LOOKS_RIGHT));
        }
        return Optional.empty();
    }

    /** The answer to one refinement question, with anything else the reply said. */
    private static Optional<Slots> answer(String question, String lower, Slots slots) {
        Slots answered = switch (question) {
            case "size" -> {
                OptionalInt count = CohortSize.asAnswer(lower);
                Optional<Integer> band = bandWords(lower);
                yield count.isPresent() ? withStudents(slots, count.getAsInt())
                        : band.map(size -> withStudents(slots, size)).orElse(slots);
            }
            case "mode" -> slots.mode().isPresent() ? slots : lower.matches("^(the )?room|in person|lecture|campus$")
                    ? withMode(slots, "in-person") : slots;
            case "confidence" -> ConfidenceWords.asAnswer(lower)
                    .map(level -> new Slots(slots.students(), slots.mode(), slots.when(), slots.tools(),
                            Optional.of(level), slots.urgency())).orElse(slots);
            default -> slots;
        };
        return answered.aboutTeaching() ? Optional.of(answered) : Optional.empty();
    }

    /** "a small seminar group" or "a big lecture" as a size, for someone who does not give a number. */
    private static Optional<Integer> bandWords(String lower) {
        if (lower.matches(".*\\b(small|tiny|handful|tutorial|seminar group|few)\\b.*")) {
            return Optional.of(15);
        }
        if (lower.matches(".*\\b(huge|massive|enormous|whole year|hundreds)\\b.*")) {
            return Optional.of(400);
        }
        return lower.matches(".*\\b(big|large|lecture)\\b.*") ? Optional.of(200) : Optional.empty();
    }

    private static Slots withStudents(Slots slots, int count) {
        return new Slots(OptionalInt.of(count), slots.mode(), slots.when(), slots.tools(), slots.confidence(),
                slots.urgency());
    }

    private static Slots withMode(Slots slots, String mode) {
        return new Slots(slots.students(), Optional.of(mode), slots.when(), slots.tools(), slots.confidence(),
                slots.urgency());
    }

    /** "the first one" → 0, "the last one" → size − 1. */
    static OptionalInt ordinal(String lower, int size) {
        Matcher matcher = ORDINAL.matcher(lower);
        if (!matcher.find() || size == 0) {
            return OptionalInt.empty();
        }
        String word = matcher.group();
        int index = word.matches(".*(first|1st|top|1|one).*") ? 0 : word.matches(".*(second|2nd|2|two).*") ? 1
                : word.matches(".*(third|3rd|3|three).*") ? 2 : size - 1;
        return index < size ? OptionalInt.of(index) : OptionalInt.empty();
    }
}
