package org.doorway.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The top-level command; with no subcommand it serves. */
@Command(name = "doorway", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Doorway: a university's front door to learning technology, in Slack and Microsoft Teams.",
        subcommands = {ServeCommand.class, MigrateCommand.class, RosterCommand.class})
final class DoorwayCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        return new ServeCommand().call();
    }
}
