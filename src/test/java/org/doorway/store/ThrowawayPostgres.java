package org.doorway.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own, made with {@code initdb} and run with
 * {@code pg_ctl} on a free loopback port, so that the test may restart it
 * without touching anyone else's database. The binaries are found in
 * {@code DOORWAY_TEST_PG_BIN}, else in the newest {@code /usr/lib/postgresql/N/bin}.
 * PostgreSQL refuses to run as root: as root the cluster belongs to the
 * {@code postgres} user and every command runs through {@code su}, as
 * {@code .ci/run} does. Not thread-safe.
 */
public final class ThrowawayPostgres implements AutoCloseable {
    public static final String BIN_VARIABLE = "DOORWAY_TEST_PG_BIN";

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asRoot = "root".equals(System.getProperty("user.name"));

    private ThrowawayPostgres(Path bin) throws IOException {
        this.bin = bin;
        this.data = Files.createTempDirectory("doorway-pg-");
        try (ServerSocket free = new ServerSocket(0)) {
            this.port = free.getLocalPort();
        }
    }

    /** Where initdb and pg_ctl are, if anywhere. */
    public static Optional<Path> binaries() {
        String configured = System.getenv(BIN_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Path bin = Path.of(configured);
            return Files.isExecutable(bin.resolve("pg_ctl")) ? Optional.of(bin) : Optional.empty();
        }
        Path installed = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(installed)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(installed)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(bin -> versionOf(bin.getParent())));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** Makes and starts a cluster with a database called {@code doorway}. */
    public static ThrowawayPostgres start(Path bin) throws IOException, InterruptedException {
        ThrowawayPostgres postgres = new ThrowawayPostgres(bin);
        postgres.initialise();
        return postgres;
    }

    /** The JDBC URL of the {@code doorway} database. */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/doorway?user=postgres";
    }

    /** Stops the server at once (in-flight transactions are rolled back, connections cut) and starts it again. */
    public void restart() throws IOException, InterruptedException {
        run(bin.resolve("pg_ctl") + " -D " + data + " -m fast -w stop");
        run(startCommand());
    }

    private void initialise() throws IOException, InterruptedException {
        if (asRoot) {
            run(List.of("chown", "postgres:postgres", data.toString()));
        }
        run(bin.resolve("initdb") + " -D " + data + " -A trust -U postgres --no-sync");
        run(startCommand());
        run(bin.resolve("createdb") + " -h 127.0.0.1 -p " + port + " -U postgres doorway");
    }

    private String startCommand() {
        return bin.resolve("pg_ctl") + " -D " + data + " -l " + data.resolve("server.log") + " -w -o '-p " + port
                + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off'" + " start";
    }

    private void run(String command) throws IOException, InterruptedException {
        run(asRoot ? List.of("su", "postgres", "-s", "/bin/sh", "-c", command) : List.of("/bin/sh", "-c", command));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("'" + String.join(" ", command) + "' failed: " + output.trim());
        }
    }

    private static int versionOf(Path directory) {
        try {
            return Integer.parseInt(directory.getFileName().toString().replaceAll("\\D", ""));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run(bin.resolve("pg_ctl") + " -D " + data + " -m immediate -w stop");
        } finally {
            if (asRoot) {
                run(List.of("rm", "-rf", data.toString()));
            } else {
                try (Stream<Path> files = Files.walk(data)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }
}
