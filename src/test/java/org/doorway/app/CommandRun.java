package org.doorway.app;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs a Doorway command as a person would, against a database in {@code folder}. */
record CommandRun(int code, String out, String err) {

    static CommandRun of(Path folder, String stdin, String... args) {
        return with(Map.of("DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db")), stdin, args);
    }

    /** With exactly these environment variables. */
    static CommandRun with(Map<String, String> variables, String stdin, String... args) {
        Environment environment = new Environment(variables,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine commandLine = Main.commandLine(environment);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
