package org.doorway.reports;

import java.util.function.Consumer;

/** Reads the conversation event log for reports. */
public interface ReportQueries {

    /**
     * Every event of every request opened in the filter's range (and on its
     * platform, if it names one), ordered by request, then time, then the
     * order they were written.
     */
    void eachEvent(ReportFilter filter, Consumer<ConversationEvent> each);
}
