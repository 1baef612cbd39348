package org.doorway.app;

import picocli.CommandLine;

/** {@code java -jar doorway.jar [command]}: {@code serve} when no command is given. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(commandLine(Environment.system()).execute(args));
    }

    static CommandLine commandLine(Environment environment) {
        CommandLine commandLine = new CommandLine(DoorwayCommand.class, new CommandFactory(environment));
        commandLine.setExecutionExceptionHandler(new FriendlyErrors());
        return commandLine;
    }
}
