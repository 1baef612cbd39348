package org.doorway.app;

import picocli.CommandLine.Command;

/** Brings the database schema up to date and exits. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Create or update the database schema (serve does this too) and exit.")
final class MigrateCommand extends DoorwaySubcommand {
    MigrateCommand(Environment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        try (Doorway doorway = openDoorway()) {
            out().println("Database " + doorway.settings().database().redactedUrl()
                    + " is up to date.");
        }
        return ExitCodes.OK;
    }
}
