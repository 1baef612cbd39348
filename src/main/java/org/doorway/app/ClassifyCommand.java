package org.doorway.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.doorway.catalogue.RankedTool;
import org.doorway.catalogue.TeachingContext;
import org.doorway.needs.Classification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code classify "text"} for people; {@code classify --jsonl} for scripts (the output format is a contract). */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Find the pedagogic need behind a teaching problem, or tell a fault or out-of-scope matter.")
final class ClassifyCommand extends DoorwaySubcommand {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int TOOLS = 3;

    ClassifyCommand(Environment environment) {

        super(environment);

    }

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The problem, in quotes.")
    String text;

    @Option(names = "--jsonl", description = "Read lines {\"id\":…,\"text\":…} on stdin; write one JSON line each.")
    boolean jsonl;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        if (!jsonl && (text == null || text.isBlank())) {
            err().println("doorway: give the problem in quotes, e.g. doorway classify "
                    + "\"nobody answers when I ask the room a question\", or use --jsonl with lines on stdin");
            return ExitCodes.BAD_INPUT;
        }
        try (Doorway doorway = openDoorway()) {
            if (jsonl) {
                return lines(doorway, new BufferedReader(new InputStreamReader(environment.in(), StandardCharsets.UTF_8)),
                        out, err());
            }
            out.print(readable(doorway, text));
            out.flush();
            return ExitCodes.OK;
        }
    }

    static int lines(Doorway doorway, BufferedReader in, PrintWriter out, PrintWriter err) throws Exception {
        int number = 0;
        int bad = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode input;
            try {
                input = JSON.readTree(line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                input = null;
            }
            if (input == null || !input.path("text").isTextual()) {
                bad++;
                err.println("doorway: line " + number + " is not {\"id\":…,\"text\":\"…\"}; it was skipped");
                ObjectNode error = JSON.createObjectNode();
                error.set("id", input == null ? null : input.get("id"));
                error.put("error", "expected a JSON object with a text field");
                out.println(JSON.writeValueAsString(error));
                continue;
            }
            out.println(JSON.writeValueAsString(answer(doorway, input.get("id"), input.get("text").asText())));
        }
        out.flush();
        return bad == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    static ObjectNode answer(Doorway doorway, JsonNode id, String text) {
        Classification result = doorway.readyClassifier().classify(text);
        ObjectNode line = JSON.createObjectNode();
        line.set("id", id);
        line.put("outcome", result.outcome());
        line.put("confidence", round(result.confidence()));
        if (result.alsoFault()) {
            line.put("also_fault", true); // only when true: the existing fields keep their shape
        }
        var needs = line.putArray("needs");
        result.needs().forEach(need -> needs.addObject().put("id", need.needId()).put("score", round(need.score())));
        var tools = line.putArray("tools");
        tools(doorway, result).forEach(ranked -> {
            ObjectNode tool = tools.addObject().put("id", ranked.tool().id()).put("name", ranked.tool().name());
            var served = tool.putArray("needs");
            ranked.tool().needs().forEach(fit -> served.add(fit.need()));
        });
        return line;
    }

    /** Tools are for teaching needs: a fault or an out-of-scope matter gets none. */
    static List<RankedTool> tools(Doorway doorway, Classification result) {
        if (!"need".equals(result.outcome()) || result.needs().isEmpty()) {
            return List.of();
        }
        return doorway.rankedTools().page(result.needs().get(0).needId(), TeachingContext.unknown(), 0, TOOLS);
    }

    private static String readable(Doorway doorway, String text) {
        Classification result = doorway.readyClassifier().classify(text);
        StringBuilder out = new StringBuilder();
        String kind = result instanceof Classification.Matched ? "a teaching need (confident)"
                : result instanceof Classification.Unsure ? "a teaching need (unsure: Doorway would ask which is closest)"
                : result instanceof Classification.Fault ? "a fault: something is broken"
                : result instanceof Classification.NotEnglish ? "not in English: Doorway would offer a person"
                : "out of scope: not a teaching-technology matter";
        out.append(String.format(Locale.ROOT, "Outcome:    %s, confidence %.2f%n", kind, result.confidence()));
        if (result.alsoFault()) {
            out.append("Also:       a fault, reported in the same message\n");
        }
        out.append("Needs:\n");
        result.needs().forEach(need -> out.append(String.format(Locale.ROOT, "  %.2f  %-28s %s%n", need.score(),
                need.needId(), doorway.vocabulary().find(need.needId()).map(found -> found.name()).orElse(""))));
        List<RankedTool> tools = tools(doorway, result);
        if (!tools.isEmpty()) {
            out.append("Tools:\n");
            tools.forEach(ranked -> out.append("  ").append(ranked.tool().name()).append(" (")
                    .append(ranked.tool().support().label()).append("): ").append(ranked.fit().how()).append('\n'));
        }
        return out.toString();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
