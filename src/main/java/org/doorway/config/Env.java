package org.doorway.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads environment variables and collects problems instead of throwing, so
 * that every problem is reported at once. Not thread-safe: use it while
 * loading settings, then drop it.
 */
public final class Env {
    private final Map<String, String> variables;
    private final List<String> problems = new ArrayList<>();

    public Env(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** The value, trimmed, or empty when unset or blank. */
    public Optional<String> text(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String text(String name, String fallback) {
        return text(name).orElse(fallback);
    }

    public int integer(String name, int fallback, int min, int max) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number < min || number > max) {
                problem(name, "is " + number + " but must be between " + min + " and " + max);
                return fallback;
            }
            return number;
        } catch (NumberFormatException notANumber) {
            problem(name, "is '" + value.get() + "' but must be a whole number, for example " + fallback);
            return fallback;
        }
    }

    public boolean flag(String name, boolean fallback) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        switch (value.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1", "on":
                return true;
            case "false", "no", "0", "off":
                return false;
            default:
                problem(name, "is '" + value.get() + "' but must be true or false");
                return fallback;
        }
    }

    /** Records a problem with a variable: say what is wrong and how to fix it. */
    public void problem(String name, String whatAndFix) {
        problems.add(name + " " + whatAndFix);
    }

    /** The variables as given, for a second reader that must not add its problems to these. */
    Map<String, String> variables() {
        return variables;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }
}
