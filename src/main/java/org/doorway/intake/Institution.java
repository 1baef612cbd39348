package org.doorway.intake;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the dialogue needs to know about the institution: the name of its VLE
 * (preferred in suggestions and named in questions; null when not set) and
 * where other matters go, each route a link or a contact.
 */
public record Institution(String vle, Map<Route, String> routes) {

    public Institution {
        routes = routes.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(routes));
    }

    /** No VLE named and no routes: the dialogue speaks in general terms. */
    public static Institution unknown() {
        return new Institution(null, Map.of());
    }

    public Optional<String> route(Route route) {
        return Optional.ofNullable(routes.get(route));
    }

    /** "Moodle", or "your VLE" when not set. */
    public String vleName() {
        return vle == null ? "your VLE" : vle;
    }

    /**
     * The VLE to name in an answer: the institution's when set, else the one
     * the question names ("does it work with Canvas?"), else "your VLE".
     */
    public String vleName(String lowerCaseQuestion) {
        if (vle != null) {
            return vle;
        }
        for (String word : lowerCaseQuestion.split("[^a-z0-9]+")) {
            if (PreferredTools.VLES.contains(word)) {
                return word.equals("d2l") ? "D2L" : Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
        }
        return vleName();
    }

    /**
     * Where to send someone, in a sentence: "HR (https://hr.uni.example)", or
     * just "HR" when no contact is set. The urgent line falls back to the
     * service desk's.
     */
    public String where(Route route) {
        Optional<String> contact = route(route);
        if (contact.isEmpty() && route == Route.URGENT) {
            return where(Route.IT_SERVICE_DESK);
        }
        return contact.map(value -> route.who() + ": " + value).orElse(route.who());
    }
}
