package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SIGTERM to a real Doorway process while its sentence-embedding model is being opened and is
 * embedding the example phrasings (a fresh temporary directory has no cached vectors, so that takes
 * seconds of native calls): ONNX Runtime's own shutdown hook must not free its environment under
 * them. The JVM exits as SIGTERM's own 143, with no crash report.
 */
class ModelLoadStopTest {
    @TempDir
    Path folder;

    /** 0 and 150 ms: while ONNX Runtime opens the model (about 0.6 s); 2,500 ms: while it embeds the phrasings. */
    @ParameterizedTest(name = "SIGTERM {0} ms after the model began to open")
    @ValueSource(ints = {0, 150, 2500})
    void sigtermDuringModelLoad_exitsCleanly(int delayMillis) throws Exception {
        try (DoorwayProcess doorway = DoorwayProcess.serve(Map.of("PORT", "0",
                "DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db"),
                "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + folder + " -XX:ErrorFile=" + folder + "/hs_err_pid%p.log"),
                folder.resolve("serve.log"))) {
            doorway.awaitPort(Duration.ofSeconds(60));
            awaitLine(doorway, "Opening the sentence-embedding model");
            Thread.sleep(delayMillis);
            boolean stillLoading = !doorway.log().contains("Sentence embeddings on");
            doorway.terminate();
            int code = doorway.awaitExit(Duration.ofSeconds(60));

            assertThat(stillLoading).as("stopped while the model was loading:\n%s", doorway.log()).isTrue();
            assertThat(code).as("SIGTERM's own exit, not a crash (134):\n%s", doorway.log()).isEqualTo(143);
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(path -> path.getFileName().toString()))
                        .noneMatch(name -> name.startsWith("hs_err"));
            }
            assertThat(doorway.log()).doesNotContain("A fatal error").contains("Stopped in");
        }
    }

    private static void awaitLine(DoorwayProcess doorway, String line) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!doorway.log().contains(line)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no \"" + line + "\" in the log:\n" + doorway.log());
            }
            Thread.sleep(20);
        }
    }
}
