package org.doorway.intake;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a message says in passing about the teaching and the problem: how
 * many students, in the room or online, when, which tools, how confident the
 * person feels, and why it cannot wait. Every part is optional.
 */
record Slots(OptionalInt students, Optional<String> mode, Optional<String> when, List<ToolMentions.Mention> tools,
        Optional<String> confidence, Optional<String> urgency) {

    Slots {
        tools = List.copyOf(tools);
    }

    /** True when the message said something about the teaching that tailors suggestions. */
    boolean aboutTeaching() {
        return students.isPresent() || mode.isPresent() || when.isPresent() || confidence.isPresent();
    }

    /** {@code answers} with whatever this message told us added (later words win). */
    TeachingAnswers into(TeachingAnswers answers) {
        TeachingAnswers next = answers;
        if (students.isPresent()) {
            next = next.withStudents(students.getAsInt());
        }
        if (mode.isPresent()) {
            next = next.with("mode", mode.get());
        }
        if (when.isPresent()) {
            next = next.with("when", when.get());
        }
        if (confidence.isPresent()) {
            next = next.with("confidence", confidence.get());
        }
        return next;
    }
}
