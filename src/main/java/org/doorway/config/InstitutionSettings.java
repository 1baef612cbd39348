package org.doorway.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the conversation says about the institution: its VLE (preferred in
 * suggestions and named in questions) and where matters that are not
 * teaching technology go, each a link or a contact line. Every route is
 * optional; without one, Doorway names the team without a contact.
 */
public record InstitutionSettings(Optional<String> vle, Map<String, String> routes) {
    /** Route variable → the route's name in the dialogue ({@code org.doorway.intake.Route}). */
    public static final Map<String, String> ROUTE_VARIABLES = routeVariables();
    private static final int MAX_CONTACT = 300;

    static InstitutionSettings from(Env env) {
        Optional<String> vle = env.text("VLE");
        vle.filter(name -> name.length() > 40 || !name.matches("[\\p{L}\\p{N} .&'()-]+")).ifPresent(name ->
                env.problem("VLE", "is '" + name + "', which does not look like a VLE's name: use a short name "
                        + "such as Moodle, Canvas or Blackboard"));
        Map<String, String> routes = new LinkedHashMap<>();
        ROUTE_VARIABLES.forEach((variable, route) -> env.text(variable).ifPresent(contact -> {
            if (valid(env, variable, contact)) {
                routes.put(route, contact);
            }
        }));
        return new InstitutionSettings(vle.filter(name -> name.length() <= 40), Map.copyOf(routes));
    }

    private static boolean valid(Env env, String variable, String contact) {
        if (contact.length() > MAX_CONTACT || contact.chars().anyMatch(Character::isISOControl)) {
            env.problem(variable, "is longer than " + MAX_CONTACT + " characters or has control characters: "
                    + "give one link or contact line, e.g. https://servicedesk.uni.example or 0123 456 7890");
            return false;
        }
        String lower = contact.toLowerCase(java.util.Locale.ROOT);
        boolean looksLikeLink = lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.matches("^(tel|mailto):.*")
                && !lower.matches("^[a-z ]+: .*");
        if (looksLikeLink && !lower.matches("^https?://[^\\s/]+\\.[^\\s]+$")) {
            env.problem(variable, "is '" + contact + "', a link that is not http(s): use an https:// address, "
                    + "an email address or a phone number");
            return false;
        }
        return true;
    }

    private static Map<String, String> routeVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("ROUTE_IT_SERVICE_DESK", "IT_SERVICE_DESK");
        variables.put("ROUTE_URGENT", "URGENT");
        variables.put("ROUTE_ESTATES", "ESTATES");
        variables.put("ROUTE_HR", "HR");
        variables.put("ROUTE_TIMETABLING", "TIMETABLING");
        return java.util.Collections.unmodifiableMap(variables);
    }
}
