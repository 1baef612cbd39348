package org.doorway.intake;

import org.doorway.catalogue.Catalogue;

/**
 * Whether the catalogue in use is Doorway's example: its links point at the
 * reserved {@code .example} domain (RFC 2606), which no institution's real
 * catalogue uses. Staff are told, so nobody takes an example support status
 * for the institution's word.
 */
final class ExampleCatalogue {
    private record Seen(Catalogue catalogue, boolean example) {}

    private static volatile Seen last;

    private ExampleCatalogue() {}

    /** Checked once per catalogue snapshot. */
    static boolean is(Catalogue catalogue) {
        Seen seen = last;
        if (seen == null || seen.catalogue() != catalogue) {
            seen = new Seen(catalogue, check(catalogue));
            last = seen;
        }
        return seen.example();
    }

    private static boolean check(Catalogue catalogue) {
        return catalogue.tools().stream().flatMap(tool -> tool.guides().stream())
                .anyMatch(guide -> guide.url() != null
                        && guide.url().matches("https?://([^/]+\\.)?[^/]+\\.example(/.*)?"));
    }
}
