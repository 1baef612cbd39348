/**
 * Background jobs (SLA checks, outbox delivery, follow-ups) that run on every
 * instance but are claimed by one at a time through a database lease.
 */
package org.doorway.jobs;
