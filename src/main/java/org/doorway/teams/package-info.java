/**
 * The Microsoft Teams adapter, speaking the Bot Framework protocol directly:
 * {@code POST /api/messages} verified, recorded in the inbox and acknowledged
 * at once, activities turned into {@link org.doorway.conversation.Inbound}
 * values and taken as turns of {@link org.doorway.conversation.Turns} on an
 * executor, replies rendered as Adaptive Cards and queued in the shared outbox
 * in the conversation's unit of work, then delivered through the Bot
 * Connector by {@link org.doorway.teams.TeamsCourier}. Handoff news
 * ({@link org.doorway.teams.TeamsHandoffMessenger}) reaches technologists in a
 * proactive 1:1 chat and gives staff a deep link to chat with them.
 * Conversation references are kept so Doorway can write first.
 * Subpackages: {@code auth} (inbound JWTs), {@code card} (Adaptive Cards),
 * {@code connector} (outbound REST calls).
 */
package org.doorway.teams;
