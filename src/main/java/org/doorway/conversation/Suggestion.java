package org.doorway.conversation;

import java.util.List;
import java.util.Optional;
import org.doorway.catalogue.CaseStudy;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.SupportStatus;

/** One suggested tool as shown to staff: why it fits, how it is supported, its guides and a case study. */
public record Suggestion(String toolId, String name, String summary, String url, String why, SupportStatus support,
        String supportedBy, List<Guide> guides, Optional<CaseStudy> caseStudy) {
    public Suggestion {
        guides = List.copyOf(guides);
    }
}
