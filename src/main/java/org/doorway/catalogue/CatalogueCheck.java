package org.doorway.catalogue;

import java.nio.file.Path;
import java.util.List;
import org.doorway.yaml.UnreadableYaml;
import org.doorway.yaml.YamlProblem;

/** {@code catalogue validate FILE}: checks a file and changes nothing. Thread-safe. */
public final class CatalogueCheck {
    private final CatalogueYaml yaml;

    public CatalogueCheck(CatalogueYaml yaml) {
        this.yaml = yaml;
    }

    public Result run(Path file) {
        String text;
        try {
            text = CatalogueFiles.read(file);
        } catch (UnreadableYaml e) {
            return new Result(file, List.of(e.problem()), 0);
        }
        ParsedCatalogue parsed = yaml.parse(text);
        if (parsed instanceof ParsedCatalogue.Invalid invalid) {
            return new Result(file, invalid.errors(), 0);
        }
        return new Result(file, List.of(), ((ParsedCatalogue.Valid) parsed).catalogue().tools().size());
    }

    /** Every error found, or the number of tools in a valid file. */
    public record Result(Path file, List<YamlProblem> errors, int tools) {
        public Result {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }

        /** For people: a summary line, then one line per error. */
        public String describe() {
            if (valid()) {
                return file + ": valid, " + tools + " tools";
            }
            return file + ": " + Errors.count(errors) + "\n" + Errors.lines(errors);
        }
    }
}
