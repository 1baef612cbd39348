package org.doorway.app;

import java.util.concurrent.Callable;
import org.doorway.needs.Need;
import org.doorway.needs.NeedVocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code needs}: the pedagogic need ids that catalogue and roster files use,
 * with their names. Reads only the bundled vocabulary: no database.
 */
@Command(name = "needs", mixinStandardHelpOptions = true,
        description = "List the pedagogic need ids that catalogue and roster files may use, with their names.")
final class NeedsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (Need need : NeedVocabulary.bundled().needs()) {
            out.println(need.id() + "  " + need.name());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
