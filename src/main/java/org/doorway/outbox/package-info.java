/**
 * Outbound messages that must not be lost: rows written in the same unit of
 * work as the state change that caused them, then delivered by an
 * {@link org.doorway.outbox.OutboxWorker} through a platform's
 * {@link org.doorway.outbox.Courier}, with retries that honour the platform's
 * rate limits and survive a restart. Platform-neutral: payloads are opaque
 * JSON that each adapter writes and reads.
 */
package org.doorway.outbox;
