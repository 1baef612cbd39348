package org.doorway.reports;

import java.util.function.Consumer;

/** Reads the conversation event log for reports. */
public interface ReportQueries {

    /**
     * Every event of every request opened in the filter's range, in the order
     * they were written. May pass events of other requests too (the fold keeps
     * only requests whose {@code opened} event is in range and on the filter's
     * platform), so an adapter can read the log in one sequential sweep.
     */
    void eachEvent(ReportFilter filter, Consumer<ConversationEvent> each);
}
