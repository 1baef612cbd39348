package org.doorway.health;

/**
 * What a {@link Probe} found: the service answered as expected; it could not
 * be reached (a network or server problem that passes, retried soon); or it
 * answered and refused Doorway (a wrong token or password: retried slowly,
 * since someone has to fix the configuration).
 */
public sealed interface ProbeResult {

    record Reachable(String detail) implements ProbeResult {}

    record Unreachable(String reason) implements ProbeResult {}

    record Refused(String reason) implements ProbeResult {}

    /** Probes run one after the other: the first that is not reachable wins. */
    static ProbeResult all(Probe... probes) {
        ProbeResult last = new Reachable("");
        for (Probe probe : probes) {
            last = probe.probe();
            if (!(last instanceof Reachable)) {
                return last;
            }
        }
        return last;
    }
}
