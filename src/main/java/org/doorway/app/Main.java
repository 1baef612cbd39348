package org.doorway.app;

import picocli.CommandLine;

/** {@code java -jar doorway.jar [command]}: {@code serve} when no command is given. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new DoorwayCommand());
        commandLine.setExecutionExceptionHandler(new FriendlyErrors());
        return commandLine;
    }
}
