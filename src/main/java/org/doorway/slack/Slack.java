package org.doorway.slack;

import java.time.Instant;

/** Small pieces of Slack's own syntax. */
final class Slack {
    private Slack() {}

    /** A date every reader sees in their own time zone, with a plain fallback. */
    static String date(Instant at) {
        long seconds = at.getEpochSecond();
        return "<!date^" + seconds + "^{date_short_pretty} {time}|" + at.toString().substring(0, 16).replace('T', ' ')
                + " UTC>";
    }
}
