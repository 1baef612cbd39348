package org.doorway.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.doorway.config.Env;

/** How many days each kind of personal data is kept. */
public record RetentionPolicy(Map<DataKind, Integer> days) {

    public RetentionPolicy {
        days = Map.copyOf(new EnumMap<>(days));
    }

    public static RetentionPolicy defaults() {
        Map<DataKind, Integer> days = new EnumMap<>(DataKind.class);
        for (DataKind kind : DataKind.values()) {
            days.put(kind, kind.defaultDays());
        }
        return new RetentionPolicy(days);
    }

    /** From {@code RETENTION_*_DAYS}, each between 1 day and 100 years; problems go to {@code env}. */
    public static RetentionPolicy from(Env env) {
        Map<DataKind, Integer> days = new EnumMap<>(DataKind.class);
        for (DataKind kind : DataKind.values()) {
            days.put(kind, env.integer(kind.variable(), kind.defaultDays(), 1, 36_500));
        }
        return new RetentionPolicy(days);
    }

    /** Data of this kind from before the returned instant is due to go. */
    public Instant cutOff(DataKind kind, Instant now) {
        return now.minus(Duration.ofDays(days.get(kind)));
    }
}
