package org.doorway.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.doorway.followup.OutcomeTally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code report outcomes [--json]}: per tool and need, suggested, accepted, followed up, the answers, response rate. */
@Command(name = "outcomes", mixinStandardHelpOptions = true,
        description = "Per tool and need: suggested, accepted, followed up, worked/partly/not yet/didn't try, "
                + "response rate (see docs/follow-ups.md).")
final class OutcomesReportCommand extends DoorwaySubcommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String ROW = "%-24s %-28s %9s %8s %8s %6s %6s %7s %9s %8s%n";

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    OutcomesReportCommand(Environment environment) {
        super(environment);
    }

    @Override
    public Integer call() throws Exception {
        try (Doorway doorway = openDoorway()) {
            List<OutcomeTally> tallies = doorway.stores().outcomeTallies().all();
            if (json) {
                out().println(JSON.writeValueAsString(asJson(tallies)));
            } else if (tallies.isEmpty()) {
                out().println("Nothing suggested yet, so no outcomes to report.");
            } else {
                out().printf(ROW, "tool", "need", "suggested", "accepted", "followed", "worked", "partly",
                        "not yet", "didn't try", "response");
                tallies.forEach(tally -> out().printf(ROW, tally.toolId(), tally.needId(), tally.suggested(),
                        tally.accepted(), tally.followedUp(), tally.worked(), tally.partly(), tally.notYet(),
                        tally.didntTry(), percent(tally)));
            }
            return ExitCodes.OK;
        }
    }

    private static ArrayNode asJson(List<OutcomeTally> tallies) {
        ArrayNode rows = JSON.createArrayNode();
        for (OutcomeTally tally : tallies) {
            ObjectNode row = rows.addObject();
            row.put("tool", tally.toolId()).put("need", tally.needId()).put("suggested", tally.suggested())
                    .put("accepted", tally.accepted()).put("followedUp", tally.followedUp())
                    .put("worked", tally.worked()).put("partly", tally.partly()).put("notYet", tally.notYet())
                    .put("didntTry", tally.didntTry())
                    .put("responseRate", Math.round(tally.responseRate() * 1000) / 1000.0);
        }
        return rows;
    }

    private static String percent(OutcomeTally tally) {
        return tally.followedUp() == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", tally.responseRate() * 100);
    }
}
