package org.doorway.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.doorway.privacy.RetentionPolicy;

/**
 * How Doorway runs as a service: {@code DOORWAY_HOME}, the folder where its
 * SQLite files live (default the working directory); {@code
 * SHUTDOWN_GRACE_SECONDS}, how long a stop may take before Doorway exits
 * anyway (default 20); {@code LOG_LEVEL}, its own log level (default INFO);
 * {@code RETENTION_*_DAYS}, how long each kind of personal data is kept.
 */
public record ServiceSettings(Path home, Duration shutdownGrace, String logLevel, RetentionPolicy retention) {
    static final List<String> LOG_LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

    static ServiceSettings from(Env env) {
        return new ServiceSettings(home(env), Duration.ofSeconds(env.integer("SHUTDOWN_GRACE_SECONDS", 20, 1, 600)),
                logLevel(env), RetentionPolicy.from(env));
    }

    /** {@code DOORWAY_HOME} as an absolute path, or the working directory. */
    static Path home(Env env) {
        Path home = Path.of(env.text("DOORWAY_HOME", "")).toAbsolutePath().normalize();
        if (env.text("DOORWAY_HOME").isPresent() && !Files.isDirectory(home)) {
            env.problem("DOORWAY_HOME", "is " + home + ", which is not a folder: create it (mkdir -p " + home
                    + ") or point DOORWAY_HOME at the folder for Doorway's SQLite files");
        }
        return home;
    }

    private static String logLevel(Env env) {
        String level = env.text("LOG_LEVEL", "INFO").toUpperCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(level)) {
            env.problem("LOG_LEVEL", "is '" + env.text("LOG_LEVEL", "") + "' but must be one of "
                    + String.join(", ", LOG_LEVELS) + " (for more detail use LOG_LEVEL=DEBUG)");
            return "INFO";
        }
        return level;
    }
}
