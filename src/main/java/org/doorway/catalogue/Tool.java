package org.doorway.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A tool in the catalogue, with every field admins curate. {@code experts}
 * are technologist ids or emails; {@code reviewBy} is when admins are reminded
 * to check the entry.
 */
public record Tool(
        String id,
        String name,
        String summary,
        String url,
        List<NeedFit> needs,
        SupportStatus support,
        String supportedBy,
        DataProtection dataProtection,
        String accessibility,
        String licence,
        String costToStudents,
        String vleIntegration,
        ClassFit classFit,
        String planB,
        List<Guide> guides,
        List<CaseStudy> caseStudies,
        List<String> experts,
        LocalDate reviewBy) {

    public Tool {
        needs = List.copyOf(needs);
        guides = List.copyOf(guides);
        caseStudies = List.copyOf(caseStudies);
        experts = List.copyOf(experts);
    }

    public Optional<NeedFit> fitFor(String needId) {
        return needs.stream().filter(fit -> fit.need().equals(needId)).findFirst();
    }

    public boolean serves(String needId) {
        return fitFor(needId).isPresent();
    }
}
