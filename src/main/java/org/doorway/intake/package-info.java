/**
 * The staff dialogue, once for every platform: it implements
 * {@link org.doorway.conversation.StaffDialogue}, the port the front desk hands
 * a staff member's messages and choices to, and answers with platform-neutral
 * {@link org.doorway.conversation.Reply} values, the dialogue state kept in the
 * database. It asks the handoff feature for a person through
 * {@link org.doorway.handoff.HandoffDesk}.
 */
package org.doorway.intake;
