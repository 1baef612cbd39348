package org.doorway.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.doorway.needs.Need;

/**
 * The bundled need vocabulary, read directly until the classifier's
 * {@code NeedVocabulary} lands; then this becomes a one-line delegate.
 */
public final class NeedsFixture {
    private static final List<Need> NEEDS = read();

    private NeedsFixture() {}

    public static List<Need> vocabulary() {
        return NEEDS;
    }

    private static List<Need> read() {
        try (InputStream in = NeedsFixture.class.getResourceAsStream("/org/doorway/needs/pedagogic-needs.yaml")) {
            JsonNode root = new YAMLMapper().readTree(in);
            List<Need> needs = new ArrayList<>();
            root.path("needs").forEach(n -> needs.add(new Need(n.get("id").asText(), n.get("name").asText(), n.get("about").asText())));
            return List.copyOf(needs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
