package org.doorway.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doorway.catalogue.CaseStudy;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.Tool;

/**
 * Published stories join their tools' case studies, first (a colleague here
 * before one elsewhere). Read afresh for every snapshot asked for (one query),
 * so that a withdrawal or a publication shows at once.
 */
public final class PublishedStories {
    private final CaseStudyDrafts stories;

    public PublishedStories(CaseStudyDrafts stories) {
        this.stories = stories;
    }

    public Catalogue over(Catalogue catalogue) {
        Map<String, List<Story>> byTool = stories.published().stream()
                .collect(Collectors.groupingBy(Story::toolId));
        if (byTool.isEmpty()) {
            return catalogue;
        }
        return new Catalogue(catalogue.needs(), catalogue.tools().stream()
                .map(tool -> withStories(tool, byTool.getOrDefault(tool.id(), List.of()))).toList());
    }

    private static Tool withStories(Tool tool, List<Story> published) {
        if (published.isEmpty()) {
            return tool;
        }
        List<CaseStudy> all = new ArrayList<>();
        published.forEach(story -> all.add(new CaseStudy(story.title(), story.summary(), story.author().orElse(""),
                List.of(story.needId()), null)));
        all.addAll(tool.caseStudies());
        return tool.withCaseStudies(all);
    }
}
