package org.doorway.followup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The discipline a story comes from, as staff named it in passing ("180
 * first-year nursing students", "my chemistry lab", "in Law"): the first
 * subject named, as a department would write it. Empty when none is named;
 * Doorway never guesses one.
 */
final class Disciplines {
    private static final Map<String, Pattern> NAMES = new LinkedHashMap<>();

    static {
        add("Nursing", "nursing|nurses|midwifery|midwives");
        add("Medicine", "medicine|medical|clinical|mbbs");
        add("Dentistry", "dentistry|dental");
        add("Pharmacy", "pharmacy|pharmacology");
        add("Veterinary Science", "veterinary|vet school");
        add("Physiotherapy", "physiotherapy|physio");
        add("Social Work", "social work");
        add("Chemistry", "chemistry|chemists?");
        add("Physics", "physics|physicists?");
        add("Biology", "biology|biosciences?|biomedical|anatomy|physiology");
        add("Mathematics", "maths?|mathematics|statistics");
        add("Computer Science", "computer science|computing|programming|software engineering");
        add("Engineering", "engineering|engineers?");
        add("Architecture", "architecture");
        add("Law", "law|legal|llb");
        add("Business", "business|management|mba|marketing|accounting|finance");
        add("Economics", "economics");
        add("Psychology", "psychology");
        add("Education", "teacher training|pgce|education studies");
        add("History", "history");
        add("English", "english literature|creative writing|english");
        add("Modern Languages", "modern languages|french|spanish|german|italian|mandarin|japanese");
        add("Philosophy", "philosophy");
        add("Politics", "politics|international relations");
        add("Sociology", "sociology");
        add("Geography", "geography|geology|earth sciences?");
        add("Music", "music");
        add("Art and Design", "fine art|art and design|graphic design|fashion");
        add("Drama", "drama|theatre studies");
    }

    private Disciplines() {}

    private static void add(String name, String words) {
        NAMES.put(name, Pattern.compile("\\b(" + words + ")\\b", Pattern.CASE_INSENSITIVE));
    }

    /** The discipline named earliest in {@code text}, if any. */
    static Optional<String> namedIn(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String found = null;
        int at = Integer.MAX_VALUE;
        for (Map.Entry<String, Pattern> discipline : NAMES.entrySet()) {
            var matcher = discipline.getValue().matcher(text);
            if (matcher.find() && matcher.start() < at) {
                at = matcher.start();
                found = discipline.getKey();
            }
        }
        return Optional.ofNullable(found);
    }
}
