package org.doorway.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The top-level command; with no subcommand it serves. */
@Command(name = "doorway", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Doorway: a university's front door to learning technology, in Slack and Microsoft Teams.",
        subcommands = {ServeCommand.class, MigrateCommand.class, ClassifyCommand.class, EvalCommand.class,
            CatalogueCommand.class, RosterCommand.class, InboxCommand.class, ChatCommand.class,
            TeamsPackageCommand.class, GuideCommand.class, AdminCommand.class, NeedsCommand.class,
            BackupCommand.Backup.class, BackupCommand.Restore.class, PrivacyCommand.class,
            PrivacyCommand.RetentionRun.class, ReportCommand.class, CaseStudiesCommand.class})
final class DoorwayCommand implements Callable<Integer> {
    private final Environment environment;

    DoorwayCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        return new ServeCommand(environment).call();
    }
}
