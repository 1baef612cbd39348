package org.doorway.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import org.doorway.DoorwayException;
import org.doorway.needs.Need;
import org.doorway.yaml.LocatedYaml;
import org.doorway.yaml.UnreadableYaml;
import org.doorway.yaml.YamlProblem;

/**
 * Reads and writes the catalogue file format admins edit (documented by
 * {@code default-catalogue.yaml}). Reading always validates first, so a
 * {@link ParsedCatalogue.Valid} never holds a half-understood entry. The
 * needs of the resulting {@link Catalogue} are the vocabulary given here:
 * the file lists tools, the vocabulary is a separate contract. Thread-safe.
 */
public final class CatalogueYaml {
    private static final String HEADER = """
            # Doorway catalogue: the tools, guides and case studies Doorway suggests.
            # Need ids come from pedagogic-needs.yaml. Check a file with
            # `doorway catalogue validate FILE`, load it with `doorway catalogue import FILE`.
            """;
    private static final YAMLMapper WRITER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private final List<Need> vocabulary;
    private final CatalogueValidator validator;

    public CatalogueYaml(List<Need> vocabulary) {
        this.vocabulary = List.copyOf(vocabulary);
        this.validator = new CatalogueValidator(vocabulary);
    }

    public CatalogueValidator validator() {
        return validator;
    }

    public ParsedCatalogue parse(String text) {
        LocatedYaml document;
        try {
            document = LocatedYaml.parse(text);
        } catch (UnreadableYaml e) {
            return new ParsedCatalogue.Invalid(List.of(e.problem()));
        }
        List<YamlProblem> errors = validator.validate(document);
        if (!errors.isEmpty()) {
            return new ParsedCatalogue.Invalid(errors);
        }
        List<Tool> tools = new ArrayList<>();
        document.root().path("tools").forEach(tool -> tools.add(ToolCodec.fromTree(tool)));
        return new ParsedCatalogue.Valid(new Catalogue(vocabulary, tools));
    }

    /** For files that ship with Doorway, where an error is a bug: the catalogue, or an exception listing every error. */
    public Catalogue read(String text, String source) {
        ParsedCatalogue parsed = parse(text);
        if (parsed instanceof ParsedCatalogue.Invalid invalid) {
            throw new DoorwayException(source + " is not a valid catalogue:\n"
                    + String.join("\n", invalid.errors().stream().map(YamlProblem::toString).toList()));
        }
        return ((ParsedCatalogue.Valid) parsed).catalogue();
    }

    /** The catalogue in the file format; {@link #parse} of the result gives an equal catalogue. */
    public String write(Catalogue catalogue) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("version", CatalogueValidator.FORMAT_VERSION);
        ArrayNode tools = root.putArray("tools");
        catalogue.tools().forEach(tool -> tools.add(ToolCodec.toTree(tool)));
        return HEADER + yaml(root);
    }

    private static String yaml(JsonNode root) {
        try {
            return WRITER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new DoorwayException("cannot write the catalogue as YAML", e);
        }
    }
}
