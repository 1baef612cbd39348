package org.doorway.jobs;

import java.time.Duration;
import java.time.Instant;

/** Named, time-limited claims shared by all instances. */
public interface Leases {

    /**
     * Claims or renews {@code name} for {@code owner} until {@code now + ttl}.
     * True when this owner holds it afterwards.
     */
    boolean claim(String name, String owner, Instant now, Duration ttl);

    void release(String name, String owner);
}
