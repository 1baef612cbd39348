package org.doorway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.doorway.catalogue.CachedCatalogue;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.CatalogueCheck;
import org.doorway.catalogue.CatalogueExport;
import org.doorway.catalogue.CatalogueFixture;
import org.doorway.catalogue.CatalogueImport;
import org.doorway.catalogue.CatalogueSeeder;
import org.doorway.catalogue.CatalogueYaml;
import org.doorway.catalogue.DefaultCatalogue;
import org.doorway.catalogue.NeedsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue commands' logic, end to end over a migrated SQLite file. */
class CatalogueImportExportTest {
    @TempDir
    Path directory;
    private final CatalogueYaml yaml = new CatalogueYaml(NeedsFixture.vocabulary());
    private JdbiCatalogue store;
    private CatalogueImport importer;

    @BeforeEach
    void migrate() {
        store = new JdbiCatalogue(TestDatabases.sqlite(directory), NeedsFixture.vocabulary());
        importer = new CatalogueImport(store, yaml);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text);
    }

    @Test
    void import_addsTheToolsAndSaysSo() throws IOException {
        CatalogueImport.Result result = importer.run(file("catalogue.yaml", CatalogueFixture.VALID_YAML));

        assertThat(result).isInstanceOf(CatalogueImport.Result.Imported.class);
        assertThat(result.describe()).endsWith("(2 tools): added: mentimeter, moodle-forum; changed: —; removed: —");
        assertThat(store.load().tools()).extracting(tool -> tool.id()).containsExactly("mentimeter", "moodle-forum");
    }

    @Test
    void importOfABadFile_changesNothingAndListsEveryError() throws IOException {
        importer.run(file("good.yaml", CatalogueFixture.VALID_YAML));
        Catalogue before = store.load();
        long revision = store.revision();
        String bad = CatalogueFixture.VALID_YAML.replace("moodle-forum", "mentimeter").replace("need: live-engagement", "need: polls")
                .replace("Moodle Forum", "Moodle Forum, now changed");

        CatalogueImport.Result result = importer.run(file("bad.yaml", bad));

        assertThat(result).isInstanceOf(CatalogueImport.Result.Rejected.class);
        assertThat(result.describe()).startsWith("nothing imported, " + directory.resolve("bad.yaml") + " has 2 errors:")
                .contains("line 9: unknown need id 'polls'").contains("line 28: duplicate tool id 'mentimeter'");
        assertThat(store.load()).isEqualTo(before);
        assertThat(store.revision()).isEqualTo(revision);
    }

    @Test
    void importOfAMissingFile_isRejectedWithAFix() {
        CatalogueImport.Result result = importer.run(directory.resolve("nope.yaml"));

        assertThat(result.describe()).contains("no such file").contains("check the path");
    }

    @Test
    void exportThenImport_changesNothing() throws IOException {
        importer.run(file("catalogue.yaml", CatalogueFixture.VALID_YAML));
        Catalogue before = store.load();
        Path exported = directory.resolve("exported.yaml");

        CatalogueExport.Result export = new CatalogueExport(store, yaml).run(exported);
        CatalogueImport.Result again = importer.run(exported);

        assertThat(export.describe()).isEqualTo("exported 2 tools to " + exported);
        assertThat(again).isEqualTo(new CatalogueImport.Result.Imported(exported.toString(),
                org.doorway.catalogue.CatalogueChange.none(), 2));
        assertThat(again.describe()).endsWith("(2 tools): no changes");
        assertThat(store.load()).isEqualTo(before);
        assertThat(new CatalogueCheck(yaml).run(exported).describe()).isEqualTo(exported + ": valid, 2 tools");
    }

    @Test
    void check_reportsErrorsAndChangesNothing() throws IOException {
        Path bad = file("bad.yaml", CatalogueFixture.VALID_YAML.replace("support: pilot", "support: maybe"));

        CatalogueCheck.Result result = new CatalogueCheck(yaml).run(bad);

        assertThat(result.valid()).isFalse();
        assertThat(result.describe()).isEqualTo(bad + ": 1 error\n"
                + "  line 33: 'maybe' is not a valid support status — use one of: supported, pilot, not-supported");
        assertThat(store.revision()).isZero();
    }

    @Test
    void freshDatabase_isSeededWithTheDefaultCatalogueOnce() {
        CachedCatalogue cached = CachedCatalogue.over(store, Clock.systemUTC(), ZoneOffset.UTC);
        CatalogueSeeder seeder = CatalogueSeeder.withDefaults(cached, yaml);

        assertThat(seeder.seedIfEmpty()).hasValueSatisfying(change -> assertThat(change.added()).hasSizeGreaterThanOrEqualTo(50));
        assertThat(seeder.seedIfEmpty()).isEmpty();
        assertThat(cached.load()).isEqualTo(DefaultCatalogue.load(yaml));
    }

    @Test
    void defaultCatalogue_roundTripsThroughTheDatabase() throws IOException {
        store.replace(DefaultCatalogue.load(yaml));
        Path exported = directory.resolve("default.yaml");
        new CatalogueExport(store, yaml).run(exported);

        assertThat(importer.run(exported).describe()).endsWith("no changes");
    }
}
