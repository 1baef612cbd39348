package org.doorway.followup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Case studies drafted from follow-ups, and their review. Marks are conditional. */
public interface CaseStudyDrafts {

    /** Drafts one story per follow-up; empty, changing nothing, when it has one. */
    Optional<Long> draft(long followUpId, String toolId, String needId, String title, String summary,
            Optional<String> author, Instant now);

    /** Stories in {@code state} (all when empty), newest first. */
    List<Story> list(Optional<Story.State> state, int limit);

    Optional<Story> find(long id);

    /** Moves a draft to published or rejected, with who decided and why; false when it is not a draft any more. */
    boolean review(long id, Story.State to, String reviewer, String note, Instant now);

    /** Published stories whose author has not withdrawn, newest first. */
    List<Story> published();

    /** Withdraws every story of this person; how many. */
    int withdraw(String platform, String user, Instant now);
}
