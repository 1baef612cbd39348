/**
 * How Doorway tells its operators whether it works: each component (database,
 * Slack, Teams, outbox, jobs) reports {@code ok}, {@code degraded} or
 * {@code down} with a reason, and remote services that cannot be reached at
 * start are retried in the background with backoff instead of stopping the
 * start. Free of HTTP: {@code web} renders the report.
 */
package org.doorway.health;
