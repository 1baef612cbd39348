package org.doorway.yaml;

/**
 * One problem in a file an admin keeps (the catalogue, the roster): where it
 * is, what is wrong and how to fix it. {@code line} is 1-based; 0 means the
 * file as a whole (it cannot be read, or it is empty). A warning does not stop
 * an import.
 */
public record YamlProblem(int line, String message, String fix, boolean warning) {

    public static YamlProblem error(int line, String message, String fix) {
        return new YamlProblem(line, message, fix, false);
    }

    public static YamlProblem warning(int line, String message, String fix) {
        return new YamlProblem(line, message, fix, true);
    }

    /** Reads as {@code line 42: unknown need id 'x' — did you mean 'y'? ...}. */
    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + describe();
    }

    /** The problem without its line, for tools that print {@code file:line: } themselves. */
    public String describe() {
        return (warning ? "warning: " : "") + message + " — " + fix;
    }
}
