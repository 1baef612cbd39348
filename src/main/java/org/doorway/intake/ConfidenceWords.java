package org.doorway.intake;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How someone feels about technology, from what they say of themselves:
 * "I'm not techy", "keep it simple", "I'm comfortable with code". Values are
 * the refinement answers: new, some, confident. Stateless.
 */
final class ConfidenceWords {
    private static final Pattern NEW = Pattern.compile("\\b(not (very |that |particularly |at all |remotely )?"
            + "(techy|technical|tech[- ]savvy|good with (tech|technology|computers|it)|confident|a techie|digital)|"
            + "technophobe|luddite|dinosaur|hopeless (with|at)|rubbish (with|at) (tech|technology|computers)|"
            + "terrible with (tech|technology|computers)|never used|new to (this|it|all this|tech)|beginner|"
            + "nervous|scared of|keep it simple|simple as possible|nothing (too )?(complicated|fancy|techy)|"
            + "(free|quick|simple) and (easy|simple)|easy to (use|set up)|no idea (about|with) (tech|technology))\\b");
    private static final Pattern CONFIDENT = Pattern.compile("\\b((very|quite|pretty|fairly|really) (confident|"
            + "comfortable|techy|tech[- ]savvy|happy with (tech|technology))|i'?m (a )?(techy|techie|geek|developer|"
            + "programmer)|i (code|program)|power user|happy to (tinker|experiment|play around)|confident with)\\b");
    private static final Pattern SOME = Pattern.compile("^(ok|okay|fine|fairly|so-so|so so|alright|all right|"
            + "average|not bad|some|a bit|somewhat|middling|reasonably)( i guess| confident| ok)?[.!]?$");

    private ConfidenceWords() {}

    static Optional<String> in(String lower) {
        if (NEW.matcher(lower).find()) {
            return Optional.of("new");
        }
        return CONFIDENT.matcher(lower).find() ? Optional.of("confident") : Optional.empty();
    }

    /** A reply to "how do you feel about trying new technology?", where "fine" or "not very" is enough. */
    static Optional<String> asAnswer(String lower) {
        Optional<String> said = in(lower);
        if (said.isPresent()) {
            return said;
        }
        String plain = lower.strip();
        if (plain.matches("^(not (very|really|much|great|at all|so|that|too)|nervous|worried|terrible|awful|"
                + "hopeless|low|new|very new|beginner|rubbish|not good)\\b.*")) {
            return Optional.of("new");
        }
        if (plain.matches("^(very|confident|very confident|great|good|happy|fine with it|no problem)[.!]?$")) {
            return Optional.of("confident");
        }
        return SOME.matcher(plain).matches() ? Optional.of("some") : Optional.empty();
    }
}
