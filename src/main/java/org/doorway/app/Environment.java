package org.doorway.app;

import java.io.InputStream;
import java.util.Map;

/** What a command reads from outside: the environment variables and standard input. Tests pass their own. */
record Environment(Map<String, String> variables, InputStream in) {
    static Environment system() {
        return new Environment(System.getenv(), System.in);
    }
}
