package org.doorway.needs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.doorway.DoorwayException;

/**
 * The controlled vocabulary of pedagogic needs, in the order of
 * {@code pedagogic-needs.yaml}. Immutable and thread-safe.
 */
public final class NeedVocabulary {

    static final String BUNDLED = "/org/doorway/needs/pedagogic-needs.yaml";

    private final List<Need> needs;
    private final Map<String, Need> byId;

    public NeedVocabulary(List<Need> needs) {
        this.needs = List.copyOf(needs);
        this.byId = this.needs.stream().collect(Collectors.toUnmodifiableMap(Need::id, Function.identity()));
    }

    /** The copy of {@code pedagogic-needs.yaml} bundled with Doorway. */
    public static NeedVocabulary bundled() {
        try (InputStream in = NeedVocabulary.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new DoorwayException("missing resource " + BUNDLED + ": rebuild the jar");
            }
            return read(in);
        } catch (IOException e) {
            throw new DoorwayException("cannot read " + BUNDLED, e);
        }
    }

    /** Reads a file shaped like {@code pedagogic-needs.yaml}; {@code outcomes} are not needs. */
    public static NeedVocabulary read(InputStream yaml) throws IOException {
        var file = new ObjectMapper(new YAMLFactory()).readValue(yaml, VocabularyFile.class);
        if (file.needs() == null || file.needs().isEmpty()) {
            throw new DoorwayException("the needs file lists no needs: add a 'needs:' list");
        }
        return new NeedVocabulary(file.needs());
    }

    public List<Need> needs() {
        return needs;
    }

    public Set<String> ids() {
        return needs.stream().map(Need::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Optional<Need> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record VocabularyFile(List<Need> needs) {}
}
