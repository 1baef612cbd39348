package org.doorway.followup;

import java.util.List;

/** Outcome figures per tool and need, counted from the follow-ups and the request log. */
@FunctionalInterface
public interface OutcomeTallies {
    /** Every tool and need pair with anything to count, by tool then need. */
    List<OutcomeTally> all();
}
