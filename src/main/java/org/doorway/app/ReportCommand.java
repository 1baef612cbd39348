package org.doorway.app;

import picocli.CommandLine.Command;

/** {@code report …}: figures from what Doorway recorded. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Print figures from Doorway's records.",
        subcommands = {OutcomesReportCommand.class})
final class ReportCommand extends DoorwaySubcommand {
    ReportCommand(Environment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return ExitCodes.OK;
    }
}
