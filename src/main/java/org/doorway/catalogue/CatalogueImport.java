package org.doorway.catalogue;

import java.nio.file.Path;
import java.util.List;
import org.doorway.yaml.UnreadableYaml;
import org.doorway.yaml.YamlProblem;

/**
 * {@code catalogue import FILE}: all or nothing. The whole file is validated
 * first; with any error nothing is written and every error comes back;
 * otherwise the catalogue is replaced in one transaction. Thread-safe.
 */
public final class CatalogueImport {
    private final CatalogueStore store;
    private final CatalogueYaml yaml;

    /** Pass the {@link CachedCatalogue} so this instance sees the import at once. */
    public CatalogueImport(CatalogueStore store, CatalogueYaml yaml) {
        this.store = store;
        this.yaml = yaml;
    }

    public Result run(Path file) {
        try {
            return run(CatalogueFiles.read(file), file.toString());
        } catch (UnreadableYaml e) {
            return new Result.Rejected(file.toString(), List.of(e.problem()));
        }
    }

    /** For text that did not come from a file, e.g. the web admin page; {@code source} names it in messages. */
    public Result run(String text, String source) {
        ParsedCatalogue parsed = yaml.parse(text);
        if (parsed instanceof ParsedCatalogue.Invalid invalid) {
            return new Result.Rejected(source, invalid.errors());
        }
        Catalogue catalogue = ((ParsedCatalogue.Valid) parsed).catalogue();
        return new Result.Imported(source, store.replace(catalogue), catalogue.tools().size());
    }

    public sealed interface Result {
        /** For people: what happened, then the details. */
        String describe();

        record Imported(String source, CatalogueChange change, int tools) implements Result {
            @Override
            public String describe() {
                String outcome = change.isEmpty() ? "no changes" : change.describe();
                return "imported " + source + " (" + tools + " tools): " + outcome;
            }
        }

        record Rejected(String source, List<YamlProblem> errors) implements Result {
            public Rejected {
                errors = List.copyOf(errors);
            }

            @Override
            public String describe() {
                return "nothing imported, " + source + " has " + Errors.count(errors) + ":\n" + Errors.lines(errors);
            }
        }
    }
}
