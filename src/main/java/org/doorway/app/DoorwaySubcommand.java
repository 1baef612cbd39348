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

    /** Doorway on this environment's settings, migrated and with a catalogue. Close it when done. */
    Doorway openDoorway() {
        return Doorway.open(environment.variables());
    }
}
