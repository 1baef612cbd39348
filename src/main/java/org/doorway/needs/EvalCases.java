package org.doorway.needs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doorway.DoorwayException;

/** Reads evaluation cases from JSON Lines, one case a line; blank lines are skipped. */
public final class EvalCases {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private EvalCases() {}

    public static List<EvalCase> read(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    public static List<EvalCase> read(Reader source, String name) throws IOException {
        var cases = new ArrayList<EvalCase>();
        var reader = new BufferedReader(source);
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            EvalCase parsed;
            try {
                parsed = JSON.readValue(line, EvalCase.class);
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                throw new DoorwayException(name + ":" + lineNumber + ": not a JSON case ("
                        + e.getOriginalMessage() + "); expected {\"id\",\"text\",\"expect\":[…],\"also\":[…]}", e);
            }
            if (parsed.text() == null || parsed.expect().isEmpty()) {
                throw new DoorwayException(name + ":" + lineNumber + ": a case needs \"text\" and a non-empty \"expect\"");
            }
            cases.add(parsed);
        }
        return cases;
    }
}
