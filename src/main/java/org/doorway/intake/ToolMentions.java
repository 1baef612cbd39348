package org.doorway.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.Tool;

/**
 * The catalogue tools a message names: by name, by the name without its
 * bracketed part ("Articulate 360"), by id ("moodle-quiz"), by the entry's
 * aliases, and by a distinctive first word ("Turnitin" alone names Turnitin
 * Feedback Studio when no other tool starts with it, else the family).
 * Families ("Moodle", "Turnitin") are the systems several entries share; a
 * fault names them even when no single entry is meant. Immutable; built once
 * per catalogue snapshot.
 */
final class ToolMentions {
    /** A tool or a family of tools named in a message. */
    record Mention(String phrase, Optional<Tool> tool, String family, int at) {
        /** What to call it back: the tool's name, else the family as the person wrote it. */
        String name() {
            return tool.map(Tool::name).orElse(family);
        }
    }

    private static volatile ToolMentions last;

    private final Catalogue catalogue;
    /** Phrase (plain words) → the tool it names; longest phrases are tried first. */
    private final Map<String, Tool> phrases = new LinkedHashMap<>();
    /** First words shared by several tools → the family's name as written in the catalogue. */
    private final Map<String, String> families = new HashMap<>();

    private ToolMentions(Catalogue catalogue) {
        this.catalogue = catalogue;
        Map<String, List<Tool>> byFirstWord = new HashMap<>();
        Map<String, Tool> all = new HashMap<>();
        for (Tool tool : catalogue.tools()) {
            String name = plain(tool.name());
            all.putIfAbsent(name, tool);
            all.putIfAbsent(plain(tool.name().replaceAll("\\(.*?\\)", "")), tool);
            all.putIfAbsent(plain(tool.id()), tool);
            tool.aliases().forEach(alias -> all.putIfAbsent(plain(alias), tool));
            String first = name.split(" ")[0];
            if (first.length() >= 4) {
                byFirstWord.computeIfAbsent(first, word -> new ArrayList<>()).add(tool);
            }
        }
        byFirstWord.forEach((word, tools) -> {
            if (tools.size() == 1) {
                all.putIfAbsent(word, tools.get(0));
            } else {
                families.put(word, tool(tools).name().split(" ")[0]);
            }
        });
        all.entrySet().stream().filter(entry -> !entry.getKey().isBlank())
                .sorted(Comparator.comparingInt((Map.Entry<String, Tool> entry) -> -entry.getKey().length()))
                .forEach(entry -> phrases.put(entry.getKey(), entry.getValue()));
    }

    private static Tool tool(List<Tool> tools) {
        return tools.get(0);
    }

    static ToolMentions of(Catalogue catalogue) {
        ToolMentions known = last;
        if (known == null || known.catalogue != catalogue) {
            known = new ToolMentions(catalogue);
            last = known;
        }
        return known;
    }

    /** The tools and families named in {@code text}, in the order they appear, each once. */
    List<Mention> in(String text) {
        String words = " " + plain(text) + " ";
        List<Mention> found = new ArrayList<>();
        boolean[] taken = new boolean[words.length()];
        for (Map.Entry<String, Tool> phrase : phrases.entrySet()) {
            int at = free(words, " " + phrase.getKey() + " ", taken);
            if (at >= 0 && found.stream().noneMatch(mention -> mention.tool().equals(Optional.of(phrase.getValue())))) {
                found.add(new Mention(phrase.getKey(), Optional.of(phrase.getValue()), null, at));
            }
        }
        families.forEach((word, family) -> {
            int at = free(words, " " + word + " ", taken);
            if (at >= 0) {
                found.add(new Mention(word, Optional.empty(), family, at));
            }
        });
        found.sort(Comparator.comparingInt(Mention::at));
        return found;
    }

    /** The first catalogue tool named, if any. */
    Optional<Tool> firstTool(String text) {
        return in(text).stream().flatMap(mention -> mention.tool().stream()).findFirst();
    }

    private static int free(String words, String phrase, boolean[] taken) {
        int from = 0;
        while (true) {
            int at = words.indexOf(phrase, from);
            if (at < 0) {
                return -1;
            }
            boolean clear = true;
            for (int i = at + 1; i < at + phrase.length() - 1; i++) {
                clear &= !taken[i];
            }
            if (clear) {
                for (int i = at + 1; i < at + phrase.length() - 1; i++) {
                    taken[i] = true;
                }
                return at;
            }
            from = at + 1;
        }
    }

    static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replace("&", " ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
