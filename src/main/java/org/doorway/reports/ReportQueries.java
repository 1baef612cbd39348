package org.doorway.reports;

import java.util.function.Consumer;

/** Reads what reports need from the store. */
public interface ReportQueries {

    /**
     * The story of every request opened in the filter's range, on its platform
     * and about its need, oldest first (opened time, then id); the department
     * filter is the caller's (each kept beside the event log by {@link RequestFold}
     * in the same transaction as every event).
     */
    void eachStory(ReportFilter filter, Consumer<RequestStory> each);

    /**
     * What people wrote, for the requests of the filter that went unmet (no
     * tool, none of the suggestions fitted, or the classifier was unsure).
     */
    void eachUnmetText(ReportFilter filter, Consumer<RequestText> each);

    /** How far the event log has been written (its newest row's id): while it stays the same, so do reports. */
    long written();

    /** A request's id, its author's pseudonymous staff key and the words they first wrote. */
    record RequestText(long requestId, String staffKey, String text) {}
}
