package org.doorway.catalogue;

import java.util.List;

/** A colleague's story of using a tool for a need. {@code url} may be null. */
public record CaseStudy(String title, String summary, String author, List<String> needs, String url) {
    public CaseStudy {
        needs = List.copyOf(needs);
    }
}
