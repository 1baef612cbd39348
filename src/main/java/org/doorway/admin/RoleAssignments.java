package org.doorway.admin;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who gets which role after single sign-on: entries from settings keyed by
 * email or by a group the identity provider names. The highest role any of a
 * person's keys carries wins; nobody listed signs in. Immutable.
 */
public final class RoleAssignments {
    private final Map<String, Role> byKey;

    public RoleAssignments(Map<String, String> entries) {
        this.byKey = entries.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                entry -> entry.getKey().toLowerCase(Locale.ROOT), entry -> Role.parse(entry.getValue()).orElseThrow()));
    }

    public Optional<Role> roleFor(String email, Collection<String> groups) {
        Optional<Role> best = Optional.ofNullable(email == null ? null : byKey.get(email.toLowerCase(Locale.ROOT)));
        for (String group : groups) {
            Role role = byKey.get(group.toLowerCase(Locale.ROOT));
            if (role != null && (best.isEmpty() || role.includes(best.get()))) {
                best = Optional.of(role);
            }
        }
        return best;
    }
}
