package org.doorway.intake;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Messages that are not a problem: a greeting, thanks, goodbye, or a
 * reaction (an emoji, "lol", "ok"). Only a whole message counts, so "hi, my
 * quiz is broken" is a problem with a greeting in front. Stateless.
 */
final class SmallTalk {
    enum Kind { GREETING, THANKS, GOODBYE, NOISE }

    private static final String GREETING = "(hi|hiya|hello|hey|heya|hey there|hi there|hello there|morning|"
            + "good (morning|afternoon|evening)|afternoon|evening|yo|howdy|greetings|hi doorway|hello doorway|"
            + "hey doorway|how are you|how are you doing|how's it going|you there|anyone there|is anyone there|"
            // Welsh, as staff at Welsh universities greet: shwmae, helo, bore da, prynhawn da, sut mae
            + "shwmae|shw mae|s'mae|helo|bore da|prynhawn da|noswaith dda|sut mae|sut wyt ti|sut ydych chi)";
    private static final Pattern GREETING_ONLY = Pattern.compile("^" + GREETING + "( (doorway|all|folks|there))?"
            + "( ?[,!.?]* ?(how are you( doing)?|how's it going|you ok))?[ !.?]*$");
    private static final Pattern THANKS = Pattern.compile("^((thanks|thank you|thankyou|thx|ty|cheers|ta|"
            + "many thanks|thanks a lot|thanks very much|thank you so much|brilliant|perfect|great|lovely|"
            + "amazing|super|fab|fantastic|excellent|diolch|diolch yn fawr|diolch o galon|gwych|grêt|"
            + "that's (great|brilliant|perfect|lovely|helpful|really "
            + "helpful|everything)|that helps|very helpful|really helpful|much appreciated|appreciated)"
            + "( (so much|very much|a lot|again|doorway|for (that|this|your help|the help)))*[ ,!.]*)+"
            + "(that'?s? (all|it|everything)( for now)?[ !.]*)?$");
    private static final Pattern GOODBYE = Pattern.compile("^((ok |okay |right |great |thanks |cheers )?"
            + "(bye|goodbye|bye bye|see you|see ya|cya|later|ttyl|have a good (day|weekend|evening)|that's all|"
            + "that's it|that's everything|all done|done|nothing else|no that's all|no thanks|no thank you|"
            + "i'm good|i'm done|all sorted|sorted|hwyl|hwyl fawr|hwyl am y tro|ta-ra|tara)( for now| then| thanks| thank you| cheers)*[ !.]*)$");
    private static final Pattern NOISE = Pattern.compile("^(lol|lmao|haha+|hehe+|ha|hmm+|umm*|err*|uh+|ok+|okay|"
            + "k|kk|cool|nice|wow|oops|sorry|test|testing|\\?+|!+|\\.+|yay|meh|oh|ah|aha|grr+|ugh|sigh|"
            + "\\+1|-1|xd|:\\)|:\\(|:d|:p|;\\)|<3)[ !.?]*$");

    private SmallTalk() {}

    static Optional<Kind> of(String text) {
        String lower = SlotExtractor.normalise(text);
        String words = lower.replaceAll("[\\p{So}\\p{Sk}\\p{Cs}\\x{FE0F}\\x{200D}]", "").strip();
        String plain = words.replaceAll("(?<=\\w)[,.!]+(?=\\s|$)", "").replaceAll("\\s+", " ").strip();
        if (words.isEmpty() || NOISE.matcher(words).matches()) {
            return Optional.of(Kind.NOISE);
        }
        if (GREETING_ONLY.matcher(words).matches() || GREETING_ONLY.matcher(plain).matches()) {
            return Optional.of(Kind.GREETING);
        }
        if (GOODBYE.matcher(plain).matches()) {
            return Optional.of(Kind.GOODBYE);
        }
        return THANKS.matcher(words).matches() || THANKS.matcher(plain).matches() ? Optional.of(Kind.THANKS)
                : Optional.empty();
    }

    /** The message without a greeting in front: "hi, my quiz is broken" → "my quiz is broken". */
    static String withoutGreeting(String text) {
        String stripped = text.strip().replaceFirst("(?i)^(hi|hiya|hello|hey|morning|good (morning|afternoon|"
                + "evening)|dear doorway)( doorway| there| all)?[,!. -]+", "");
        return stripped.isBlank() ? text.strip() : stripped;
    }
}
