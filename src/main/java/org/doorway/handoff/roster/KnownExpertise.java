package org.doorway.handoff.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorway.DoorwayException;
import org.doorway.yaml.LocatedYaml;
import org.doorway.yaml.UnreadableYaml;

/**
 * The ids a technologist's expertise may name: the pedagogic needs, and the
 * catalogue's tools when a catalogue is at hand. Without one, an id that is
 * not a need is taken as a tool id with a warning.
 */
public record KnownExpertise(Set<String> needIds, Optional<Set<String>> toolIds) {
    private static final String NEEDS = "/org/doorway/needs/pedagogic-needs.yaml";
    /** Outcomes of the classifier, not needs anyone is expert in. */
    private static final Set<String> NOT_NEEDS = Set.of("fault", "out-of-scope");

    public KnownExpertise {
        needIds = Set.copyOf(needIds);
        toolIds = toolIds.map(Set::copyOf);
    }

    /** The needs shipped with Doorway, with no catalogue to check tool ids against. */
    public static KnownExpertise bundledNeeds() {
        return new KnownExpertise(readNeedIds(), Optional.empty());
    }

    public KnownExpertise withTools(Set<String> catalogueToolIds) {
        return new KnownExpertise(needIds, Optional.of(catalogueToolIds));
    }

    private static Set<String> readNeedIds() {
        try (InputStream in = KnownExpertise.class.getResourceAsStream(NEEDS)) {
            if (in == null) {
                throw new DoorwayException("the bundled " + NEEDS + " is missing from the build");
            }
            LocatedYaml file = LocatedYaml.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return file.at("/needs").items().stream()
                    .map(need -> need.field("id").value().asText())
                    .filter(id -> !NOT_NEEDS.contains(id))
                    .collect(Collectors.toSet());
        } catch (IOException | UnreadableYaml unreadable) {
            throw new DoorwayException("cannot read the bundled " + NEEDS, unreadable);
        }
    }
}
