package org.doorway.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.doorway.needs.EvalCases;
import org.doorway.needs.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code eval FILE.jsonl}: how well the classifier does on labelled cases. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the classifier on labelled cases: lines {\"id\",\"text\",\"expect\":[…],\"also\":[…]}.")
final class EvalCommand extends DoorwaySubcommand {
    EvalCommand(Environment environment) {
        super(environment);
    }

    @Parameters(paramLabel = "FILE.jsonl")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(file)) {
            err().println("doorway: cannot read " + file + ": check the path");
            return ExitCodes.BAD_INPUT;
        }
        try (Doorway doorway = openDoorway()) {
            var report = Evaluation.run(doorway.readyClassifier(), EvalCases.read(file));
            out().print(report.format());
            out().flush();
        }
        return ExitCodes.OK;
    }
}
