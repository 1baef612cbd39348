/**
 * Handoff: who the learning technologists are and when they work (the
 * roster), choosing the right one for a request (the router), and the life of
 * a handoff from request to resolution, with the SLA that moves it on when
 * nobody picks it up. Platform-neutral: the chat adapters deliver its messages
 * through {@link org.doorway.handoff.HandoffMessenger} and route the
 * technologists' clicks to {@link org.doorway.handoff.TechnologistActions}.
 */
package org.doorway.handoff;
