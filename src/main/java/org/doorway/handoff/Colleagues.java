package org.doorway.handoff;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.doorway.conversation.Option;

/**
 * The colleagues a technologist may hand a request to: found by the email or
 * name they typed, and listed with the ones who could take it now first,
 * each with where they stand (free now, full, off duty, away). Pure.
 */
final class Colleagues {
    private Colleagues() {}

    /** The one colleague whose email, full name or first name is {@code typed}; empty when none or several. */
    static Optional<Technologist> named(List<Technologist> roster, String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<Technologist> exact = roster.stream().filter(someone -> someone.id().equals(wanted)
                || someone.name().toLowerCase(Locale.ROOT).equals(wanted)).toList();
        if (exact.size() == 1) {
            return Optional.of(exact.get(0));
        }
        List<Technologist> first = roster.stream().filter(someone ->
                someone.name().toLowerCase(Locale.ROOT).split(" ")[0].equals(wanted)).toList();
        return first.size() == 1 ? Optional.of(first.get(0)) : Optional.empty();
    }

    /** Everyone but {@code me}, those who could take it now first, as "Name (email): free now" lines. */
    static String listed(List<Technologist> roster, Map<String, Workload> loads, String me, Instant now) {
        return ranked(roster, loads, me, now)
                .map(someone -> "• " + someone.name() + " (" + someone.email() + "): " + standing(someone, loads, now))
                .collect(Collectors.joining("\n"));
    }

    /** The same colleagues as choices to pick from: the id is their roster id, the label "Name: free now". */
    static List<Option> choices(List<Technologist> roster, Map<String, Workload> loads, String me, Instant now) {
        return ranked(roster, loads, me, now)
                .map(someone -> Option.of(someone.id(), someone.name() + ": " + standing(someone, loads, now)))
                .toList();
    }

    private static Stream<Technologist> ranked(List<Technologist> roster, Map<String, Workload> loads, String me,
            Instant now) {
        return roster.stream().filter(someone -> !someone.id().equals(me))
                .sorted(Comparator.comparing((Technologist someone) -> !freeNow(someone, loads, now))
                        .thenComparing(Technologist::name));
    }

    private static boolean freeNow(Technologist someone, Map<String, Workload> loads, Instant now) {
        return standing(someone, loads, now).equals("free now");
    }

    private static String standing(Technologist someone, Map<String, Workload> loads, Instant now) {
        if (someone.isAbsentOn(now.atZone(someone.timezone()).toLocalDate())) {
            return "away";
        }
        if (!someone.available()) {
            return "unavailable";
        }
        if (!WorkingTime.onDuty(someone, now)) {
            return "off duty";
        }
        int open = loads.getOrDefault(someone.id(), Workload.idle(someone.id())).open();
        return open < someone.capacity() ? "free now" : "full (" + open + " open)";
    }
}
