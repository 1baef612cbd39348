package org.doorway.followup;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts a case study from a follow-up: the need and tool, the discipline
 * (the person's department in the staff directory, else the subject they
 * named), the class size and the mode of teaching when they named them ("A
 * colleague in Nursing used this with 180 students"; "It worked, in online
 * teaching"), what was asked, the technologist's notes from a resolved
 * handoff, the outcome and the comment. Personal details are
 * stripped; the author's name is kept only with named consent.
 */
final class StoryDrafter {
    private static final Pattern COHORT = Pattern.compile("\\b(\\d{2,4})\\s+(?:[\\w-]+\\s+){0,3}(?:students|learners)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int SUMMARY = 280;

    private static final Pattern INSTITUTIONAL = Pattern.compile("^(school|department|faculty|institute|centre|"
            + "center|college|division) of\\b.*", Pattern.CASE_INSENSITIVE);

    private final CaseStudyDrafts drafts;
    private final StaffDepartments departments;
    private final FollowUpTexts texts;

    StoryDrafter(CaseStudyDrafts drafts, StaffDepartments departments, FollowUpTexts texts) {
        this.drafts = drafts;
        this.departments = departments;
        this.texts = texts;
    }

    Optional<Long> draft(FollowUp followUp, StoryConsent consent, Optional<String> name, Instant now) {
        FollowUpSubject subject = followUp.subject();
        Matcher cohort = COHORT.matcher(subject.problem());
        String colleague = "A colleague" + departments.of(subject.who()).map(StoryDrafter::asPlace)
                .or(() -> Disciplines.namedIn(subject.problem() + " " + subject.notes()))
                .or(() -> followUp.comment().flatMap(Disciplines::namedIn)).map(discipline -> " in " + discipline).orElse("");
        String title = cohort.find() ? colleague + " used this with " + cohort.group(1) + " students"
                : colleague + " used this for " + texts.needName(subject.needId());
        StringBuilder summary = new StringBuilder(followUp.outcome().orElse(Outcome.WORKED) == Outcome.WORKED
                ? "It worked" : "It partly worked");
        TeachingModes.namedIn(subject.problem() + " " + subject.notes() + " " + followUp.comment().orElse(""))
                .ifPresent(mode -> summary.append(", in ").append(mode).append(" teaching"));
        summary.append(". The aim: ").append(FollowUpTexts.gist(subject.problem(), 120)).append('.');
        if (!subject.notes().isBlank()) {
            summary.append(" With a technologist: ").append(FollowUpTexts.gist(subject.notes(), 100)).append('.');
        }
        followUp.comment().filter(comment -> !comment.isBlank())
                .ifPresent(comment -> summary.append(" \"").append(FollowUpTexts.gist(comment, 120)).append('"'));
        String clean = FollowUpTexts.gist(PersonalDetails.strip(summary.toString().replace("..", ".")), SUMMARY);
        Optional<String> author = consent == StoryConsent.NAMED ? name : Optional.empty();
        return drafts.draft(followUp.id(), subject.toolId(), subject.needId(), title, clean, author, now);
    }

    /** "School of Chemistry" reads "the School of Chemistry"; "Chemistry" stays as it is. */
    private static String asPlace(String department) {
        return INSTITUTIONAL.matcher(department).matches() ? "the " + department : department;
    }
}
