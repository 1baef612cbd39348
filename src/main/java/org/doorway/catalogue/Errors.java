package org.doorway.catalogue;

import java.util.List;
import java.util.stream.Collectors;
import org.doorway.yaml.YamlProblem;

/** Printing lists of catalogue errors the same way everywhere. */
final class Errors {
    private Errors() {}

    static String count(List<YamlProblem> errors) {
        return errors.size() == 1 ? "1 error" : errors.size() + " errors";
    }

    static String lines(List<YamlProblem> errors) {
        return errors.stream().map(error -> "  " + error).collect(Collectors.joining("\n"));
    }
}
