package org.doorway.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What the commands share: their environment, their output streams, and a way to open Doorway on it. */
@picocli.CommandLine.Command
abstract class DoorwaySubcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    final Environment environment;

    DoorwaySubcommand(Environment environment) {
        this.environment = environment;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Doorway on this environment's settings, migrated and with a catalogue;
     * says on standard error which database it uses, so that a command run in
     * another folder cannot quietly use another (empty) database. Close it when done.
     */
    Doorway openDoorway() {
        Doorway doorway = Doorway.open(environment.variables());
        err().println("Database: " + doorway.settings().database().redactedUrl());
        err().flush();
        return doorway;
    }
}
