/**
 * Handoff: who the learning technologists are and when they work (the
 * roster), choosing the right one for a request (the router), and the life of
 * a handoff from request to resolution, with the SLA that moves it on when
 * nobody picks it up. Platform-neutral: the staff dialogue asks for a person
 * through {@link org.doorway.handoff.HandoffDesk}; technologists' clicks and
 * words arrive through the front desk's {@link org.doorway.conversation.TechnologistDesk}
 * port ({@link org.doorway.handoff.TechnologistActions}); the chat adapters
 * deliver its news through {@link org.doorway.handoff.HandoffMessenger}.
 * Never imports {@code intake}.
 */
package org.doorway.handoff;
