package org.doorway.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Small valid catalogues and tools for tests. */
public final class CatalogueFixture {
    private CatalogueFixture() {}

    /** A two-tool file in the documented format; line numbers matter to the validator tests. */
    public static final String VALID_YAML = """
            # EXAMPLE DATA
            version: 1
            tools:
              - id: mentimeter
                name: Mentimeter
                summary: "Live polls, quizzes and word clouds."
                url: https://www.mentimeter.com
                needs:
                  - need: live-engagement
                    how: "Students answer polls on their phones during the lecture."
                    strength: 3
                support: supported
                supported-by: "Digital Education team"
                data-protection: {approved: true, data-location: "EU (Sweden)", student-data-to-vendor: false, notes: "No sign-in."}
                accessibility: "Screen-reader friendly."
                licence: "Institutional licence"
                cost-to-students: "Free"
                vle-integration: "Link from the VLE"
                class-fit: {min-size: 1, max-size: 2000, modes: [in-person, online, hybrid]}
                plan-b: "Show of hands."
                guides:
                  - {title: "Mentimeter in five minutes", format: one-page, url: "https://example.ac.uk/menti.pdf"}
                  - {title: "Live webinar", format: webinar, url: "https://example.ac.uk/menti-webinar", dates: [2027-01-14, 2027-02-11]}
                case-studies:
                  - {title: "350 voices", author: "Dr A. Lecturer", summary: "Polls in first-year law.", needs: [live-engagement], url: "https://example.ac.uk/cs1"}
                experts: [alex@uni.example]
                review-by: 2027-06-30
              - id: moodle-forum
                name: Moodle Forum
                summary: "Discussion boards in the course."
                needs:
                  - {need: online-discussion, how: "Threads per topic between sessions.", strength: 3}
                support: pilot
                guides:
                  - {title: "Forum guide", format: documentation, url: "https://docs.moodle.org/en/Forum_activity"}
            """;

    public static Tool tool(String id, String needId, int strength, SupportStatus support) {
        return tool(id, id, needId, strength, support, ClassFit.ANY, List.of());
    }

    public static Tool tool(String id, String name, String needId, int strength, SupportStatus support, ClassFit fit,
            List<CaseStudy> caseStudies) {
        return new Tool(id, name, "Summary of " + name, "https://example.ac.uk/" + id,
                List.of(new NeedFit(needId, "It serves " + needId + ".", strength)), support, "Digital Education",
                new DataProtection(true, "UK", false, null), null, null, null, null, fit, null,
                List.of(new Guide("Guide to " + name, GuideFormat.ONE_PAGE, "https://example.ac.uk/" + id + "/guide", List.of())),
                caseStudies, List.of(), LocalDate.of(2027, 6, 30));
    }

    /** {@code tool} with other end dates: its data-protection approval's and its licence's (null: none). */
    public static Tool withEndDates(Tool tool, DataProtection protection, LocalDate licenceUntil) {
        return new Tool(tool.id(), tool.name(), tool.summary(), tool.url(), tool.needs(), tool.support(),
                tool.supportedBy(), protection, tool.accessibility(), tool.licence(), tool.costToStudents(),
                tool.vleIntegration(), tool.classFit(), tool.planB(), tool.guides(), tool.caseStudies(), tool.experts(),
                tool.reviewBy(), tool.steps(), tool.aliases(), licenceUntil);
    }

    public static ClassFit fit(int min, int max, TeachingMode... modes) {
        return new ClassFit(min, max, Set.of(modes));
    }

    public static Catalogue catalogue(Tool... tools) {
        return new Catalogue(NeedsFixture.vocabulary(), List.of(tools));
    }
}
