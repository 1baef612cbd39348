/**
 * Reports a learning-technology team acts on, computed from one append-only
 * event log ({@link org.doorway.reports.ConversationEvent}): requests per week
 * and need, unmet needs, self-service against handoff, faults, waiting times
 * against rostered hours, SLA moves, load per technologist and outcomes per
 * tool and need. Every figure is a {@link org.doorway.reports.Figure}: a label
 * and exactly the requests it counts, so a summary always equals its
 * drill-down. Definitions: docs/metrics.md. No SQL, no HTML: the store reads
 * events through {@link org.doorway.reports.ReportQueries}; the console, the
 * JSON API and {@code doorway report} render the same {@link org.doorway.reports.Report}.
 */
package org.doorway.reports;
