package org.doorway.catalogue;

import java.nio.file.Path;

/**
 * {@code catalogue export FILE}: writes the stored catalogue in the file
 * format; importing that file again changes nothing. Thread-safe.
 */
public final class CatalogueExport {
    private final CatalogueStore store;
    private final CatalogueYaml yaml;

    public CatalogueExport(CatalogueStore store, CatalogueYaml yaml) {
        this.store = store;
        this.yaml = yaml;
    }

    /** Writes the file (replacing any there, atomically); throws {@link org.doorway.DoorwayException} naming the fix if it cannot. */
    public Result run(Path file) {
        Catalogue catalogue = store.load();
        CatalogueFiles.write(file, yaml.write(catalogue));
        return new Result(file, catalogue.tools().size());
    }

    public record Result(Path file, int tools) {
        public String describe() {
            return "exported " + tools + " tools to " + file;
        }
    }
}
