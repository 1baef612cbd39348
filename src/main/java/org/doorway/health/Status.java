package org.doorway.health;

import java.util.Locale;

/** A component's state, from best to worst. */
public enum Status {
    /** Working as it should. */
    OK,
    /** Working in part (a remote service is unreachable, replies are piling up): Doorway serves what it can. */
    DEGRADED,
    /** Not working at all until someone acts (or the outage ends). */
    DOWN;

    public Status worse(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** As written in {@code /healthz}: {@code ok}, {@code degraded}, {@code down}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
