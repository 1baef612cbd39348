package org.doorway.needs;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a message written in English from one in Welsh, French, Spanish,
 * German, Italian or Portuguese by their commonest short words (and the
 * letters only those languages use), so that Doorway can say plainly that it
 * understands English only for now instead of guessing a need from tool names.
 * A message counts as another language when at least two of its words are
 * that language's function words and they outnumber the English ones; tool
 * names, typos and a stray "merci" never do. A message mostly in another
 * script, or of six words or more without one common English word, is
 * another language too. Doorway's one language check: the classifier's
 * {@code NotEnglish} outcome and the dialogue both ask it. Immutable and thread-safe.
 */
public final class EnglishOrNot {

    /** What {@link #language} calls a language it recognises only as not English. */
    public static final String OTHER = "another language";

    private static final Pattern WORDS = Pattern.compile("[\\p{L}']+");

    private static final Set<String> ENGLISH = Set.of(
            "the", "and", "to", "of", "a", "in", "is", "it", "i", "my", "for", "on", "that", "with", "have", "how",
            "can", "do", "they", "this", "what", "are", "be", "students", "not", "but", "so", "we", "when", "want",
            "there", "any", "at", "from", "i'm", "don't", "their", "them", "would", "like", "need", "way", "get");

    /** More common words of staff messages: one of them in eight words or more means English. */
    private static final Set<String> COMMON = Set.of("an", "or", "me", "our", "can't", "does", "student", "no",
            "has", "be", "help", "please", "lecture", "class", "module", "use", "you", "your", "just", "all", "some",
            "if", "about", "will", "was", "doesn't", "won't", "work", "working", "quiz", "online", "seminar",
            "course", "hi", "hello", "thanks", "yes", "ok", "teaching", "time", "one", "up", "out", "by", "as",
            "more", "who", "which", "why", "where", "it's", "isn't", "still", "been", "had", "into", "than");

    /** Function words that English never uses (or uses only as names), per language. */
    private static final Map<String, Set<String>> OTHERS = Map.of(
            "Welsh", Set.of("ac", "yn", "y", "yr", "mae", "i'n", "fy", "ar", "gyfer", "sut", "ydw", "dw", "eisiau",
                    "wedi", "o'r", "allwch", "chi", "os", "gwelwch", "dda", "rhwng", "myfyrwyr", "helo", "diolch",
                    "gan", "efo", "hefyd", "ond", "neu", "gyda", "ddim", "nid", "oes", "ydy", "fod", "bod"),
            "French", Set.of("le", "la", "les", "des", "une", "je", "vous", "pour", "pas", "avec", "mes", "sur",
                    "est", "que", "qui", "dans", "du", "et", "ne", "pouvez", "voudrais", "comment", "bonjour",
                    "étudiants", "depuis", "ce", "ma", "mon", "nous", "leurs", "cours", "m'aider", "n'arrive"),
            "Spanish", Set.of("el", "los", "las", "una", "y", "para", "que", "con", "mis", "del", "por", "cómo",
                    "puedo", "hola", "necesito", "alumnos", "estudiantes", "sus", "clases", "es", "lo", "pero",
                    "más", "mi", "tengo", "quiero", "ayuda", "gracias"),
            "German", Set.of("der", "die", "das", "und", "ich", "nicht", "ist", "mit", "für", "wie", "kann", "ein",
                    "eine", "meine", "meinen", "was", "soll", "tag", "guten", "studierenden", "zu", "auf",
                    "sie", "wir", "bitte", "danke", "verschwunden", "erstellen"),
            "Italian", Set.of("il", "della", "di", "che", "per", "non", "sono", "vorrei", "buongiorno", "come",
                    "corso", "gli", "degli", "studenti", "una", "sapere", "mio", "grazie"),
            "Portuguese", Set.of("olá", "preciso", "ajuda", "para", "os", "meus", "alunos", "um", "uma", "não",
                    "com", "como", "obrigado", "obrigada", "criar", "questionário", "de", "do", "da"));

    /** Letters that English text never carries (names aside), with the language they suggest. */
    private static final Pattern FOREIGN_LETTERS = Pattern.compile("[àâçèéêëîïôûùœñ¿¡äöüßŵŷ]");

    /** The language a message is written in when it is clearly not English ({@link #OTHER} when unnamed). */
    public static Optional<String> language(String text) {
        return Optional.ofNullable(new EnglishOrNot().notEnglish(text));
    }

    /** The language the message is written in, when it is clearly not English; else null. */
    String notEnglish(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (mostlyAnotherScript(lower)) {
            return OTHER;
        }
        int english = 0;
        int common = 0;
        int all = 0;
        var counts = new java.util.HashMap<String, Integer>();
        var words = WORDS.matcher(lower);
        while (words.find()) {
            String word = words.group();
            all++;
            if (ENGLISH.contains(word)) {
                english++;
            }
            if (COMMON.contains(word)) {
                common++;
            }
            OTHERS.forEach((language, stop) -> {
                if (stop.contains(word)) {
                    counts.merge(language, 1, Integer::sum);
                }
            });
        }
        int letters = FOREIGN_LETTERS.matcher(lower).results().mapToInt(m -> 1).sum();
        String best = null;
        int bestCount = 0;
        for (var entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        // Accented letters back up a weak word count ("Je n'arrive pas à me connecter …").
        int evidence = bestCount + Math.min(letters, 2);
        if (best != null && bestCount >= 2 && evidence > english + 1) {
            return best;
        }
        return all >= 8 && english == 0 && common == 0 ? OTHER : null;
    }

    private static boolean mostlyAnotherScript(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long foreign = text.codePoints().filter(Character::isLetter)
                .filter(point -> Character.UnicodeScript.of(point) != Character.UnicodeScript.LATIN).count();
        return letters >= 4 && foreign * 2 > letters;
    }
}
