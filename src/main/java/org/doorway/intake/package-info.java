/**
 * The intake conversation, once for every platform: inbound messages and
 * actions in, platform-neutral {@link org.doorway.conversation.Reply} values out,
 * with the dialogue state kept in the database.
 */
package org.doorway.intake;
