package org.doorway.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Brings the database schema up to date and exits. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Create or update the database schema (serve does this too) and exit.")
final class MigrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Environment environment;

    MigrateCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        try (Doorway doorway = Doorway.open(environment.variables())) {
            spec.commandLine().getOut().println("Database " + doorway.settings.database().redactedUrl()
                    + " is up to date.");
        }
        return ExitCodes.OK;
    }
}
