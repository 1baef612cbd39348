package org.doorway.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.doorway.needs.EvalCases;
import org.doorway.needs.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eval FILE.jsonl}: how well the classifier does on labelled cases. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the classifier on labelled cases: lines {\"id\",\"text\",\"expect\":[…],\"also\":[…]}.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Environment environment;

    EvalCommand(Environment environment) {
        this.environment = environment;
    }

    @Parameters(paramLabel = "FILE.jsonl")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(file)) {
            spec.commandLine().getErr().println("doorway: cannot read " + file + ": check the path");
            return ExitCodes.BAD_INPUT;
        }
        try (Doorway doorway = Doorway.open(environment.variables())) {
            var report = Evaluation.run(doorway.classifier(), EvalCases.read(file));
            spec.commandLine().getOut().print(report.format());
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
