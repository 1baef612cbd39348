/**
 * Handoff: who the learning technologists are and when they work (the
 * roster), choosing the right one for a request (the router), and the life of
 * a handoff from request to resolution, with the SLA that moves it on when
 * nobody picks it up. Platform-neutral: the staff dialogue asks for a person
 * through {@link org.doorway.handoff.HandoffDesk}; technologists' clicks and
 * words arrive through the front desk's {@link org.doorway.conversation.TechnologistDesk}
 * port ({@link org.doorway.handoff.TechnologistActions}); the chat adapters
 * deliver its news through {@link org.doorway.handoff.HandoffMessenger}.
 * {@link org.doorway.handoff.QueueFeature} adds the lists and the staff side on the same steps: one
 * read model of open requests ({@link org.doorway.handoff.MyQueue}) for a technologist's queue and a
 * staff member's requests, the desk for {@code queue}, {@code my requests}, "Add information" and
 * "Sorted, thanks" ({@link org.doorway.handoff.MyRequestsDesk}), and the nudges
 * ({@link org.doorway.handoff.NudgeCheck}).
 * Never imports {@code intake}.
 */
package org.doorway.handoff;
