package org.doorway.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a technologist who picked a request up and left it is reminded
 * (HANDOFF_NUDGE_AFTER): two steps, by default after 1 and 3 of their working
 * days (their rostered hours, leave and closures respected); the second also
 * flags it on the team channel. Each step is a number of working days or, for
 * trying it out, an ISO-8601 duration of plain time (PT2M). {@code off} turns
 * nudges off. Either way a reminder only goes out while they are on duty.
 */
public record NudgeSettings(List<After> steps) {
    public static final NudgeSettings DEFAULT = new NudgeSettings(List.of(After.days(1), After.days(3)));
    public static final NudgeSettings OFF = new NudgeSettings(List.of());
    private static final int MAX_DAYS = 60;

    public NudgeSettings {
        steps = List.copyOf(steps);
    }

    public boolean enabled() {
        return !steps.isEmpty();
    }

    /** One step: a number of working days, or a plain duration when {@code plain} is present. */
    public record After(int workingDays, Optional<Duration> plain) {
        public static After days(int workingDays) {
            return new After(workingDays, Optional.empty());
        }

        /** In words, for messages and history: "1 working day", "3 working days", "2 minutes". */
        public String words() {
            return plain.map(duration -> duration.toMinutes() + " minute" + (duration.toMinutes() == 1 ? "" : "s"))
                    .orElse(workingDays + " working day" + (workingDays == 1 ? "" : "s"));
        }
    }

    static NudgeSettings from(Env env) {
        String text = env.text("HANDOFF_NUDGE_AFTER", "1,3").strip().toLowerCase(Locale.ROOT);
        if (text.equals("off")) {
            return OFF;
        }
        List<After> steps = new ArrayList<>();
        for (String part : text.split("\\s*,\\s*")) {
            Optional<After> step = step(part);
            if (step.isEmpty()) {
                env.problem("HANDOFF_NUDGE_AFTER", "is '" + text + "': give two steps such as '1,3' (working days), "
                        + "'PT2M,PT6M' (plain time, for trying it out) or 'off'");
                return DEFAULT;
            }
            steps.add(step.get());
        }
        if (steps.size() != 2) {
            env.problem("HANDOFF_NUDGE_AFTER", "is '" + text + "': give exactly two steps, the reminder and the "
                    + "team-channel flag, such as '1,3', or 'off'");
            return DEFAULT;
        }
        return new NudgeSettings(steps);
    }

    private static Optional<After> step(String part) {
        if (part.matches("\\d{1,3}")) {
            int days = Integer.parseInt(part);
            return days >= 1 && days <= MAX_DAYS ? Optional.of(After.days(days)) : Optional.empty();
        }
        try {
            Duration plain = Duration.parse(part.toUpperCase(Locale.ROOT));
            return plain.isNegative() || plain.isZero() ? Optional.empty() : Optional.of(new After(0, Optional.of(plain)));
        } catch (DateTimeParseException notADuration) {
            return Optional.empty();
        }
    }
}
