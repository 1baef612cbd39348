package org.doorway.web.admin;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.doorway.followup.Story;

/**
 * Case studies as the review page shows them: the list (one state, or all)
 * and one in full, with names from the catalogue and dates in the
 * institution's zone. Plain text throughout: the templates escape it.
 */
public record CaseStudyView(List<Row> rows, String state, String notice) {
    public CaseStudyView {
        rows = List.copyOf(rows);
    }

    /** The states an admin can list by, in the order the page offers them; "all" lists every one. */
    public static final List<String> STATES = List.of("draft", "published", "rejected", "withdrawn", "all");

    /** One case study: {@code tool} and {@code need} are names where the catalogue has them. */
    public record Row(long id, String state, String tool, String toolId, String need, String title, String summary,
            String author, boolean contactable, String drafted, String reviewNote) {

        public boolean draft() {
            return state.equals(Story.State.DRAFT.wire());
        }
    }

    static Row row(Story story, Function<String, String> toolName, Function<String, String> needName, ZoneId zone) {
        return new Row(story.id(), story.state().wire(), toolName.apply(story.toolId()), story.toolId(),
                needName.apply(story.needId()), story.title(), story.summary(), story.author().orElse(""),
                story.contactable(), Dates.when(story.createdAt(), zone), story.reviewNote().orElse(""));
    }
}
