package org.doorway.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.doorway.catalogue.CatalogueCheck;
import org.doorway.catalogue.CatalogueExport;
import org.doorway.catalogue.CatalogueImport;
import org.doorway.catalogue.CatalogueYaml;
import org.doorway.needs.NeedVocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code catalogue validate|import|export FILE}: admins curate the catalogue as one YAML file. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "Validate, import or export the catalogue (YAML; see docs/catalogue-format.md).",
        subcommands = {CatalogueCommand.Validate.class, CatalogueCommand.Import.class, CatalogueCommand.Export.class})
final class CatalogueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check FILE and list every error with its line and a fix. Changes nothing.")
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            CatalogueCheck.Result result = new CatalogueCheck(new CatalogueYaml(NeedVocabulary.bundled().needs()))
                    .run(file);
            (result.valid() ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(result.describe());
            return result.valid() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Replace the catalogue with FILE, all or nothing; prints what was added, changed, removed.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        private final Environment environment;

        Import(Environment environment) {
            this.environment = environment;
        }

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            try (Doorway doorway = Doorway.open(environment.variables())) {
                CatalogueImport.Result result = new CatalogueImport(doorway.catalogue, doorway.catalogueYaml).run(file);
                boolean imported = result instanceof CatalogueImport.Result.Imported;
                (imported ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(result.describe());
                return imported ? ExitCodes.OK : ExitCodes.BAD_INPUT;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the whole catalogue to FILE as YAML that imports back unchanged.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        private final Environment environment;

        Export(Environment environment) {
            this.environment = environment;
        }

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            try (Doorway doorway = Doorway.open(environment.variables())) {
                spec.commandLine().getOut().println(
                        new CatalogueExport(doorway.catalogue, doorway.catalogueYaml).run(file).describe());
                return ExitCodes.OK;
            }
        }
    }
}
