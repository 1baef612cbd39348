package org.doorway.resources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.CaseStudy;
import org.doorway.catalogue.DataProtection;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.GuideFormat;
import org.doorway.catalogue.NeedFit;
import org.doorway.catalogue.Tool;
import org.doorway.text.WebLinks;

/**
 * Writes a tool's catalogue entry as a one-page guide: what it is for (in
 * the needs' teaching words), getting started, support, data protection and
 * accessibility in a line each, plan B, and links to the full guides and case
 * studies. Only http(s) links are kept; at most the four strongest needs and
 * six links, so that the shortest layout always fits one page. Stateless and thread-safe.
 */
public final class GuidePages {
    private static final int MAX_LINKS = 6;
    /** The strongest few: with these limits the shortest layout always fits a page. */
    private static final int MAX_NEEDS = 4;

    public GuidePage of(Tool tool, Catalogue catalogue) {
        List<GuidePage.Block> blocks = new ArrayList<>();
        blocks.add(new GuidePage.Block("What it is for", tool.needs().stream()
                .sorted(Comparator.comparingInt(NeedFit::strength).reversed()).limit(MAX_NEEDS)
                .map(fit -> needName(fit, catalogue) + ": " + fit.how()).toList(), false, 3));
        blocks.add(new GuidePage.Block("Getting started", tool.steps().isEmpty()
                ? List.of(gettingStartedFallback(tool)) : tool.steps(), !tool.steps().isEmpty(), 2));
        blocks.add(new GuidePage.Block("Support", List.of(support(tool)), false, 1));
        blocks.add(new GuidePage.Block("Data protection", List.of(dataProtection(tool.dataProtection())), false, 1));
        blocks.add(new GuidePage.Block("Accessibility", List.of(orUnknown(tool.accessibility())), false, 1));
        blocks.add(new GuidePage.Block("Plan B for students who cannot use it", List.of(orUnknown(tool.planB())),
                false, 2));
        List<GuidePage.Link> links = links(tool);
        Optional<String> qr = tool.guides().stream().filter(guide -> guide.format() == GuideFormat.DOCUMENTATION)
                .map(Guide::url).filter(WebLinks::isWebLink).findFirst()
                .or(() -> Optional.ofNullable(tool.url()).filter(WebLinks::isWebLink))
                .or(() -> links.stream().map(GuidePage.Link::url).findFirst());
        String footer = "Made by Doorway from the catalogue entry for " + tool.name()
                + (tool.reviewBy() == null ? "" : ", next reviewed by " + tool.reviewBy()) + ".";
        return new GuidePage(tool.name(), orUnknown(tool.summary()), blocks, links, qr, footer);
    }

    private static String needName(NeedFit fit, Catalogue catalogue) {
        return catalogue.need(fit.need()).map(need -> need.name()).orElse(fit.need());
    }

    private static String gettingStartedFallback(Tool tool) {
        return WebLinks.isWebLink(tool.url()) ? "Start from " + tool.url() + " and follow the full guide linked below."
                : "Follow the full guide linked below, or ask the team that supports it.";
    }

    private static String support(Tool tool) {
        boolean named = tool.supportedBy() != null && !tool.supportedBy().isBlank();
        return switch (tool.support()) {
            case SUPPORTED -> named ? "Supported by " + tool.supportedBy() + "." : "Supported centrally.";
            case PILOT -> named ? "Pilot, supported by " + tool.supportedBy() + "." : "Pilot.";
            case NOT_SUPPORTED -> "Not supported centrally: you set it up and look after it yourself.";
        };
    }

    private static String dataProtection(DataProtection protection) {
        if (protection == null) {
            return "Not yet assessed: ask before students' data goes into it.";
        }
        String line = (protection.approved() ? "Approved" : "Not approved") + "; data stored in "
                + (protection.dataLocation() == null ? "an unstated location" : protection.dataLocation()) + "; "
                + (protection.studentDataToVendor() ? "students' personal data goes to the vendor."
                        : "students' personal data does not go to the vendor.");
        return protection.notes() == null ? line : line + " " + protection.notes();
    }

    private static List<GuidePage.Link> links(Tool tool) {
        List<GuidePage.Link> links = new ArrayList<>();
        for (Guide guide : tool.guides()) {
            if (guide.format() != GuideFormat.ONE_PAGE && WebLinks.isWebLink(guide.url())) {
                links.add(new GuidePage.Link(capitalised(guide.label()) + ": " + guide.title(), guide.url()));
            }
        }
        for (CaseStudy study : tool.caseStudies()) {
            if (WebLinks.isWebLink(study.url())) {
                links.add(new GuidePage.Link("A colleague's story: " + study.title(), study.url()));
            }
        }
        return links.stream().limit(MAX_LINKS).toList();
    }

    private static String orUnknown(String text) {
        return text == null || text.isBlank() ? "Not stated in the catalogue yet." : text;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
