package org.doorway.intake;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a message is probably not in English, so Doorway says what it can
 * read instead of guessing at a need. A deliberately small heuristic: the
 * share of words that are common English words, with Welsh, the language
 * UK staff most often write in besides English, recognised by its own
 * common words. When the classifier reports a language signal on its
 * {@code Classification}, that should replace this (see the package notes).
 * Stateless.
 */
final class LanguageSignal {
    private static final Set<String> WELSH = Set.of("mae", "ydw", "ydy", "yn", "dw", "fy", "myfyrwyr", "diolch",
            "helo", "shwmae", "bore", "da", "os", "gwelwch", "dda", "rwy", "rydw", "eisiau", "gyda", "ar", "ddim",
            "gweithio", "sut", "beth", "pam", "gallu", "angen", "cymraeg", "hefyd", "iawn", "ond", "hwn", "hon",
            "nhw", "chi", "ni", "wedi", "gen", "i'n", "ydych", "dwi", "darlith", "cwrs", "gan");
    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "and", "or", "i", "my", "me", "we", "our",
            "to", "of", "in", "on", "for", "with", "is", "are", "it", "can", "can't", "how", "what", "do", "does",
            "students", "student", "they", "them", "this", "that", "not", "no", "have", "has", "get", "be", "at",
            "want", "need", "help", "please", "lecture", "class", "module", "use", "there", "when", "so", "but",
            "you", "your", "just", "from", "all", "any", "some", "would", "like", "if", "about", "will", "was",
            "i'm", "don't", "work", "working", "doesn't", "won't", "quiz", "online", "seminar", "course", "hi",
            "hello", "thanks", "yes", "ok", "teaching", "time", "one", "up", "out", "by", "as", "more", "who");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private LanguageSignal() {}

    /** True when the words look like another language: mostly another script, or Welsh, or no English word. */
    static boolean notEnglish(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long foreign = text.codePoints().filter(Character::isLetter)
                .filter(point -> Character.UnicodeScript.of(point) != Character.UnicodeScript.LATIN).count();
        if (letters >= 4 && foreign * 2 > letters) {
            return true;
        }
        var words = WORD.matcher(SlotExtractor.normalise(text)).results().map(match -> match.group()).toList();
        if (words.size() < 3) {
            return false;
        }
        long welsh = words.stream().filter(WELSH::contains).count();
        long english = words.stream().filter(ENGLISH::contains).count();
        if (welsh >= 2 && welsh > english) {
            return true;
        }
        return words.size() >= 6 && english == 0;
    }

    /** Welsh rather than any other language, so the reply can say Doorway reads English only for now. */
    static boolean welsh(String text) {
        var words = WORD.matcher(SlotExtractor.normalise(text)).results().map(match -> match.group()).toList();
        return words.stream().filter(WELSH::contains).count() >= 2;
    }
}
