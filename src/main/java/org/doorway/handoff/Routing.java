package org.doorway.handoff;

import java.time.Instant;
import java.util.Optional;

/** The router's answer: who should take a request and why, or that nobody can now (and when someone will). */
public sealed interface Routing {

    record Assigned(Technologist technologist, String reason) implements Routing {}

    record NobodyAvailable(Optional<Instant> nextOnDuty) implements Routing {}
}
