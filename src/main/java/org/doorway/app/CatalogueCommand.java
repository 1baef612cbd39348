package org.doorway.app;

import java.nio.file.Path;
import org.doorway.catalogue.CatalogueCheck;
import org.doorway.catalogue.CatalogueExport;
import org.doorway.catalogue.CatalogueImport;
import org.doorway.catalogue.CatalogueYaml;
import org.doorway.needs.NeedVocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code catalogue validate|import|export FILE}: admins curate the catalogue as one YAML file. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "Validate, import or export the catalogue (YAML; see docs/catalogue-format.md).",
        subcommands = {CatalogueCommand.Validate.class, CatalogueCommand.Import.class, CatalogueCommand.Export.class})
final class CatalogueCommand extends DoorwaySubcommand {
    CatalogueCommand(Environment environment) {
        super(environment);
    }


    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return ExitCodes.OK;
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check FILE and list every error with its line and a fix. Changes nothing.")
    static final class Validate extends DoorwaySubcommand {
        Validate(Environment environment) {
            super(environment);
        }


        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            CatalogueCheck.Result result = new CatalogueCheck(new CatalogueYaml(NeedVocabulary.bundled().needs()))
                    .run(file);
            (result.valid() ? out() : err()).println(result.describe());
            return result.valid() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Replace the catalogue with FILE, all or nothing; prints what was added, changed, removed.")
    static final class Import extends DoorwaySubcommand {
        Import(Environment environment) {
            super(environment);
        }

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            try (Doorway doorway = openDoorway()) {
                CatalogueImport.Result result = new CatalogueImport(doorway.catalogue(), doorway.catalogueYaml())
                        .run(file);
                boolean imported = result instanceof CatalogueImport.Result.Imported;
                (imported ? out() : err()).println(result.describe());
                return imported ? ExitCodes.OK : ExitCodes.BAD_INPUT;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the whole catalogue to FILE as YAML that imports back unchanged.")
    static final class Export extends DoorwaySubcommand {
        Export(Environment environment) {
            super(environment);
        }

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            try (Doorway doorway = openDoorway()) {
                out().println(
                        new CatalogueExport(doorway.catalogue(), doorway.catalogueYaml()).run(file).describe());
                return ExitCodes.OK;
            }
        }
    }
}
