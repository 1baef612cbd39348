package org.doorway.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Doorway keeps its state. SQLite in {@code DOORWAY_HOME} (default the
 * working directory) by default, a relative SQLite path taken from there;
 * PostgreSQL when {@code DATABASE_URL} says so, with credentials either in the
 * URL or in {@code DATABASE_USER} / {@code DATABASE_PASSWORD}.
 */
public record DatabaseSettings(String url, Optional<String> user, Optional<String> password, int poolSize) {

    public static final String DEFAULT_URL = "jdbc:sqlite:doorway.db";
    private static final String SQLITE = "jdbc:sqlite:";

    public enum Kind { SQLITE, POSTGRESQL }

    public Kind kind() {
        return url.startsWith("jdbc:postgresql:") ? Kind.POSTGRESQL : Kind.SQLITE;
    }

    /** The URL without credentials, safe to log. */
    public String redactedUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*@", "//***@");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + redactedUrl() + ", pool " + poolSize + "]";
    }

    static DatabaseSettings from(Env env) {
        String url = env.text("DATABASE_URL", DEFAULT_URL);
        int poolSize = env.integer("DATABASE_POOL_SIZE", 8, 1, 200);
        if (url.startsWith(SQLITE)) {
            Path home = ServiceSettings.home(new Env(env.variables())); // its problem is reported once, by ServiceSettings
            url = inHome(url, home);
            if (Files.isDirectory(home)) {
                checkSqlitePath(env, url.substring(SQLITE.length()));
            }
        } else if (!url.startsWith("jdbc:postgresql://")) {
            env.problem("DATABASE_URL", "is '" + redact(url) + "' but must start with jdbc:sqlite: (for example "
                    + DEFAULT_URL + ") or jdbc:postgresql:// (for example jdbc:postgresql://localhost:5432/doorway)");
        }
        return new DatabaseSettings(url, env.text("DATABASE_USER"), env.text("DATABASE_PASSWORD"), poolSize);
    }

    /** A SQLite file's path made absolute, a relative one taken from {@code home}; memory and file: URLs as they are. */
    static String inHome(String url, Path home) {
        String location = url.substring(SQLITE.length());
        int query = location.indexOf('?');
        String path = query >= 0 ? location.substring(0, query) : location;
        if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file:")) {
            return url;
        }
        return SQLITE + home.resolve(path).normalize() + (query >= 0 ? location.substring(query) : "");
    }

    private static void checkSqlitePath(Env env, String location) {
        String path = location.contains("?") ? location.substring(0, location.indexOf('?')) : location;
        if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file:")) {
            return;
        }
        Path file = Path.of(path).toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            env.problem("DATABASE_URL", "points to " + file + " but the folder " + folder
                    + " does not exist: create it or choose another path");
        } else if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(folder)) {
            env.problem("DATABASE_URL", "points to " + file
                    + " but Doorway cannot write there: fix the permissions or choose another path");
        }
    }

    private static String redact(String url) {
        return new DatabaseSettings(url, Optional.empty(), Optional.empty(), 1).redactedUrl();
    }
}
