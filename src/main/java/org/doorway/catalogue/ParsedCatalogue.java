package org.doorway.catalogue;

import java.util.List;

/** What reading a catalogue file gives: a valid catalogue, or every error found in it. */
public sealed interface ParsedCatalogue {

    record Valid(Catalogue catalogue) implements ParsedCatalogue {}

    record Invalid(List<CatalogueError> errors) implements ParsedCatalogue {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
