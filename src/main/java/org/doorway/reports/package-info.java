/**
 * Reports a learning-technology team acts on, computed from one append-only
 * event log ({@link org.doorway.reports.ConversationEvent}): requests per week
 * and need, unmet needs, self-service against handoff, faults, waiting times
 * against rostered hours, SLA moves, load per technologist and outcomes per
 * tool and need. Every figure is a {@link org.doorway.reports.Figure}: a label
 * and exactly the requests it counts, so a summary always equals its
 * drill-down. Definitions: docs/metrics.md. {@link org.doorway.reports.RequestFold}
 * is the one fold from a request's events to its {@link org.doorway.reports.RequestStory};
 * the store keeps every request's story beside the log, in the same
 * transaction as each event, and reports read the stories through
 * {@link org.doorway.reports.ReportQueries}. Departments come from the
 * directory setting, weeks read as term weeks where terms are set, and unmet
 * requests are grouped by the words people wrote ({@code UnmetThemes}). No
 * SQL, no HTML: the console, the JSON API and {@code doorway report} render the
 * same {@link org.doorway.reports.Report}.
 */
package org.doorway.reports;
