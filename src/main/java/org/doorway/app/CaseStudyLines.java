package org.doorway.app;

import java.time.format.DateTimeFormatter;
import org.doorway.followup.Story;

/** How the command line shows a case study: one line in a list, or in full. */
final class CaseStudyLines {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private CaseStudyLines() {}

    static String line(Story story) {
        return String.format("%-5d %-10s %-20s %s", story.id(), story.state().wire(), story.toolId(),
                oneLine(story.title()));
    }

    static String full(Story story) {
        return "Case study " + story.id() + " (" + story.state().wire() + ", drafted "
                + DAY.format(story.createdAt().atOffset(java.time.ZoneOffset.UTC)) + ")\n"
                + "Tool:    " + story.toolId() + "\n"
                + "Need:    " + story.needId() + "\n"
                + "Title:   " + oneLine(story.title()) + "\n"
                + "Author:  " + story.author().map(CaseStudyLines::oneLine).orElse("(anonymous)") + "\n"
                + "Contact: " + (story.contactable() ? "the author agreed to be contacted" : "no") + "\n"
                + story.reviewNote().map(note -> "Why not:  " + oneLine(note) + "\n").orElse("")
                + "\n" + oneLine(story.summary());
    }

    /** Stored text on one line, without control characters that could move a terminal's cursor. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }
}
