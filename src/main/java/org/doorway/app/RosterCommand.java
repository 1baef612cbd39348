package org.doorway.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doorway.DoorwayException;
import org.doorway.catalogue.Catalogue;
import org.doorway.handoff.roster.KnownExpertise;
import org.doorway.handoff.roster.RosterImport;
import org.doorway.yaml.YamlProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roster import FILE} and {@code roster export FILE}: the technologists, as a YAML file admins keep. */
@Command(name = "roster", mixinStandardHelpOptions = true,
        description = "Import or export the roster of learning technologists (YAML; see examples/roster.yaml).",
        subcommands = {RosterCommand.Validate.class, RosterCommand.Import.class, RosterCommand.Export.class})
final class RosterCommand {

    /** Need ids from the vocabulary and tool ids from the current catalogue. */
    static KnownExpertise expertise(Catalogue catalogue) {
        return KnownExpertise.bundledNeeds().withTools(
                catalogue.tools().stream().map(tool -> tool.id()).collect(java.util.stream.Collectors.toSet()));
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Replace the roster with FILE, all or nothing: any error changes nothing.")
    static final class Import extends DoorwaySubcommand {
        Import(Environment environment) {
            super(environment);
        }

        @Parameters(paramLabel = "FILE", description = "the roster YAML file")
        Path file;

        @Option(names = "--dry-run", description = "check the file and show what would change, changing nothing")
        boolean dryRun;

        @Override
        public Integer call() {
            String yaml = read(file);
            PrintWriter out = out();
            PrintWriter err = err();
            try (Doorway doorway = openDoorway()) {
                RosterImport.Outcome outcome = new RosterImport(doorway.database(), doorway.stores().roster(),
                        expertise(doorway.catalogue().load())).importYaml(yaml, dryRun);
                printProblems(outcome, file, err);
                if (!outcome.ok()) {
                    err.println("Nothing was imported: fix the problems above and run the import again.");
                    return ExitCodes.BAD_INPUT;
                }
                out.println((dryRun ? "Would import: " : "Imported: ") + outcome.changes());
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check FILE as import would (every problem with its line and a fix), changing nothing.")
    static final class Validate extends DoorwaySubcommand {
        Validate(Environment environment) {
            super(environment);
        }

        @Parameters(paramLabel = "FILE", description = "the roster YAML file")
        Path file;

        @Override
        public Integer call() {
            String yaml = read(file);
            try (Doorway doorway = openDoorway()) {
                RosterImport.Outcome outcome = new RosterImport(doorway.database(), doorway.stores().roster(),
                        expertise(doorway.catalogue().load())).importYaml(yaml, true);
                printProblems(outcome, file, err());
                if (!outcome.ok()) {
                    err().println(file + " has problems: fix them and run 'roster validate' again.");
                    return ExitCodes.BAD_INPUT;
                }
                out().println(file + " is valid. Importing it would change: " + outcome.changes());
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the current roster to FILE, in the shape import reads.")
    static final class Export extends DoorwaySubcommand {
        Export(Environment environment) {
            super(environment);
        }

        @Parameters(paramLabel = "FILE", description = "where to write the roster YAML")
        Path file;

        @Override
        public Integer call() {
            try (Doorway doorway = openDoorway()) {
                String yaml = new RosterImport(doorway.database(), doorway.stores().roster(),
                        expertise(doorway.catalogue().load())).exportYaml();
                Files.writeString(file, yaml, StandardCharsets.UTF_8);
                out().println("Wrote the roster to " + file);
                return ExitCodes.OK;
            } catch (IOException cannotWrite) {
                throw new DoorwayException("cannot write " + file + ": " + cannotWrite.getMessage()
                        + ". Check the folder exists and is writable", cannotWrite);
            }
        }
    }

    /** Each problem on one line, {@code FILE:LINE: what and how to fix it}. */
    private static void printProblems(RosterImport.Outcome outcome, Path file, PrintWriter err) {
        for (YamlProblem problem : outcome.read().problems()) {
            String where = problem.line() > 0 ? file + ":" + problem.line() + ": " : file + ": ";
            err.println(where + problem.describe());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new DoorwayException("cannot read " + file + " (" + unreadable.getMessage()
                    + "): check the path and that it is a UTF-8 text file", unreadable);
        }
    }
}
