package org.doorway.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Doorway in a JVM of its own, as {@code java -jar doorway.jar serve} runs it
 * (the main classes and dependencies, without the tests' quiet logging), so
 * that a test can send it real signals: SIGTERM to stop it, SIGKILL to crash it.
 */
public final class DoorwayProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("ready on http://localhost:(\\d+)/");

    private final Process process;
    private final Path log;

    private DoorwayProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code serve} with exactly {@code environment} (plus PATH and HOME), its output in {@code log}. */
    public static DoorwayProcess serve(Map<String, String> environment, Path log) throws IOException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classPath, Main.class.getName(), "serve"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> !name.equals("PATH") && !name.equals("HOME"));
        env.putAll(environment);
        return new DoorwayProcess(builder.start(), log);
    }

    /** The HTTP port, once the log says Doorway is ready. */
    public int awaitPort(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher ready = READY.matcher(log());
            if (ready.find()) {
                return Integer.parseInt(ready.group(1));
            }
            if (!process.isAlive()) {
                throw new AssertionError("Doorway exited with " + process.exitValue() + ":\n" + log());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Doorway was not ready within " + within + ":\n" + log());
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    public long pid() {
        return process.pid();
    }

    /** SIGTERM, as a container runtime or Kubernetes stops a pod. */
    public void terminate() {
        process.destroy();
    }

    /** SIGKILL: a crash, with no chance to finish anything. */
    public void kill() {
        process.destroyForcibly();
    }

    /** The exit code, or fails when the process is still running after {@code within}. */
    public int awaitExit(Duration within) throws Exception {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Doorway still running after " + within + ":\n" + log());
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
