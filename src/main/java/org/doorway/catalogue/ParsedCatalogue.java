package org.doorway.catalogue;

import java.util.List;
import org.doorway.yaml.YamlProblem;

/** What reading a catalogue file gives: a valid catalogue, or every error found in it. */
public sealed interface ParsedCatalogue {

    record Valid(Catalogue catalogue) implements ParsedCatalogue {}

    record Invalid(List<YamlProblem> errors) implements ParsedCatalogue {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
