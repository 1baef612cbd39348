package org.doorway.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * One scripted conversation from a {@code .conv} file: a name, set-up
 * directives, and turns, each a message ({@code > text}) or a click on an
 * option by its label ({@code >> label}) with the expectations on Doorway's
 * replies that follow it ({@code < expectation}).
 */
record ConversationScript(String file, String name, List<String> directives, List<Turn> turns) {

    record Turn(String said, boolean click, List<String> expectations, int line) {}

    /** Every conversation in a file's text: each starts at a line "## name"; "#" lines are comments. */
    static List<ConversationScript> parse(String file, String text) {
        List<ConversationScript> scripts = new ArrayList<>();
        String name = null;
        List<String> directives = new ArrayList<>();
        List<Turn> turns = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("## ")) {
                if (name != null) {
                    scripts.add(new ConversationScript(file, name, directives, turns));
                }
                name = line.substring(3).strip();
                directives = new ArrayList<>();
                turns = new ArrayList<>();
            } else if (line.isEmpty() || line.startsWith("#")) {
                continue;
            } else if (line.startsWith("@")) {
                directives.add(line.substring(1).strip());
            } else if (line.startsWith(">>")) {
                turns.add(new Turn(line.substring(2).strip(), true, new ArrayList<>(), i + 1));
            } else if (line.startsWith(">")) {
                turns.add(new Turn(line.substring(1).strip(), false, new ArrayList<>(), i + 1));
            } else if (line.startsWith("<") && !turns.isEmpty()) {
                turns.get(turns.size() - 1).expectations().add(line.substring(1).strip());
            } else {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": cannot read '" + line + "'");
            }
        }
        if (name != null) {
            scripts.add(new ConversationScript(file, name, directives, turns));
        }
        return scripts;
    }
}
