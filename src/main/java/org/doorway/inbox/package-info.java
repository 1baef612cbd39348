/**
 * The inbox: every event a platform delivers is recorded once, before it is
 * acked, and the work it asks for is kept until the unit of work that answers
 * it marks it handled. Request threads record through {@link
 * org.doorway.inbox.GroupCommit}, which writes many events in one transaction,
 * and {@link org.doorway.inbox.Redelivery} answers what a crash or a full
 * queue left behind. What failed for good is set aside
 * ({@link org.doorway.inbox.SetAside}) for an operator to list and replay.
 */
package org.doorway.inbox;
