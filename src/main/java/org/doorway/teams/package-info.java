/**
 * The Microsoft Teams adapter, speaking the Bot Framework protocol directly:
 * {@code POST /api/messages} verified and acknowledged at once, activities
 * turned into {@link org.doorway.intake.Inbound} values for the intake on an
 * executor, replies rendered as Adaptive Cards and delivered through the Bot
 * Connector. Conversation references are kept so Doorway can write first.
 * Subpackages: {@code auth} (inbound JWTs), {@code card} (Adaptive Cards),
 * {@code connector} (outbound REST calls).
 */
package org.doorway.teams;
