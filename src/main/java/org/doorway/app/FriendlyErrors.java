package org.doorway.app;

import org.doorway.DoorwayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line that says what to do. Doorway's own errors
 * already name the fix; anything else is a bug, logged in full for the
 * maintainers while the person sees a short line.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        if (failure instanceof ConfigurationProblems problems) {
            problems.lines().forEach(line -> command.getErr().println("doorway: " + line));
            return ExitCodes.CONFIGURATION;
        }
        if (failure instanceof DoorwayException known) {
            command.getErr().println("doorway: " + known.getMessage());
            return ExitCodes.FAILURE;
        }
        log.error("Unexpected failure in '{}'", command.getCommandName(), failure);
        command.getErr().println("doorway: unexpected error (" + failure + "); the log above has the details. "
                + "Please report it with that log.");
        return ExitCodes.FAILURE;
    }
}
