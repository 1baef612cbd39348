package org.doorway.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Applies the retention policy: each kind of data older than its period is
 * removed or anonymised, counts kept. Run daily as a leased job, or with
 * {@code dryRun} to see what would go.
 */
public final class Retention {
    private final PersonalData data;
    private final RetentionPolicy policy;
    private final Clock clock;

    public Retention(PersonalData data, RetentionPolicy policy, Clock clock) {
        this.data = data;
        this.policy = policy;
        this.clock = clock;
    }

    /** Rows changed (or that would be) per kind. */
    public Map<DataKind, Integer> run(boolean dryRun) {
        Instant now = clock.instant();
        Map<DataKind, Integer> changed = new EnumMap<>(DataKind.class);
        for (DataKind kind : DataKind.values()) {
            changed.put(kind, data.expire(kind, policy.cutOff(kind, now), !dryRun));
        }
        if (!dryRun) {
            data.record("retention", "", changed.toString(), now);
        }
        return changed;
    }
}
