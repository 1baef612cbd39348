package org.doorway.app;

import java.util.List;
import org.doorway.DoorwayException;

/** Doorway cannot start with this environment; one line per problem, each naming the fix. */
final class ConfigurationProblems extends DoorwayException {
    private final List<String> lines;

    ConfigurationProblems(List<String> lines) {
        super(String.join("; ", lines));
        this.lines = List.copyOf(lines);
    }

    List<String> lines() {
        return lines;
    }
}
