package org.doorway.intake;

import java.time.Instant;

/** One of a person's requests as listed for them: their words, where it stands, when they asked. */
public record RecentRequest(String text, String status, Instant at) {}
