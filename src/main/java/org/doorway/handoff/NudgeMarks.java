package org.doorway.handoff;

import java.time.Instant;

/** Which reminders were sent (port; {@code JdbiNudgeMarks}). The claim is conditional, so each is sent once. */
public interface NudgeMarks {

    /** Claims reminder {@code step} of this handoff for its holder; false when it was sent before. */
    boolean claim(long handoffId, String technologistId, int step, Instant at);
}
