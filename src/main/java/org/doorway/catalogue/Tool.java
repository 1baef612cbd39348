package org.doorway.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A tool in the catalogue, with every field admins curate. {@code experts}
 * are technologist ids or emails; {@code reviewBy} is when admins are reminded
 * to check the entry. {@code steps} are getting started in at most
 * {@link #MAX_STEPS} short steps (optional; empty when the entry has none).
 * {@code aliases} are other names staff use for it ("Menti", "Collab"), so
 * the dialogue knows the tool when they name it. {@code licenceUntil} is the
 * day the institution's licence runs out (null when it does not); after it
 * Doorway stops suggesting the tool ({@link Lapse}).
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
        LocalDate reviewBy,
        List<String> steps,
        List<String> aliases,
        LocalDate licenceUntil) {

    /** Getting started in at most this many steps: what fits a one-page guide. */
    public static final int MAX_STEPS = 5;

    /** A tool without getting-started steps or aliases. */
    public Tool(String id, String name, String summary, String url, List<NeedFit> needs, SupportStatus support,
            String supportedBy, DataProtection dataProtection, String accessibility, String licence,
            String costToStudents, String vleIntegration, ClassFit classFit, String planB, List<Guide> guides,
            List<CaseStudy> caseStudies, List<String> experts, LocalDate reviewBy) {
        this(id, name, summary, url, needs, support, supportedBy, dataProtection, accessibility, licence,
                costToStudents, vleIntegration, classFit, planB, guides, caseStudies, experts, reviewBy, List.of(),
                List.of(), null);
    }

    /** A tool whose licence does not run out. */
    public Tool(String id, String name, String summary, String url, List<NeedFit> needs, SupportStatus support,
            String supportedBy, DataProtection dataProtection, String accessibility, String licence,
            String costToStudents, String vleIntegration, ClassFit classFit, String planB, List<Guide> guides,
            List<CaseStudy> caseStudies, List<String> experts, LocalDate reviewBy, List<String> steps,
            List<String> aliases) {
        this(id, name, summary, url, needs, support, supportedBy, dataProtection, accessibility, licence,
                costToStudents, vleIntegration, classFit, planB, guides, caseStudies, experts, reviewBy, steps,
                aliases, null);
    }

    public Tool {
        steps = steps == null ? List.of() : List.copyOf(steps);
        needs = List.copyOf(needs);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        guides = List.copyOf(guides);
        caseStudies = List.copyOf(caseStudies);
        experts = List.copyOf(experts);
    }

    public Optional<NeedFit> fitFor(String needId) {
        return needs.stream().filter(fit -> fit.need().equals(needId)).findFirst();
    }

    /** This tool with other guides, as shown in one suggestion. */
    public Tool withGuides(List<Guide> shown) {
        return new Tool(id, name, summary, url, needs, support, supportedBy, dataProtection, accessibility, licence,
                costToStudents, vleIntegration, classFit, planB, shown, caseStudies, experts, reviewBy, steps,
                aliases, licenceUntil);
    }

    /** This tool with other case studies, as shown in one suggestion. */
    public Tool withCaseStudies(List<CaseStudy> shown) {
        return new Tool(id, name, summary, url, needs, support, supportedBy, dataProtection, accessibility, licence,
                costToStudents, vleIntegration, classFit, planB, guides, shown, experts, reviewBy, steps, aliases,
                licenceUntil);
    }

    public boolean serves(String needId) {
        return fitFor(needId).isPresent();
    }
}
