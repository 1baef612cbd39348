/**
 * The conversation's shared language, spoken by every chat adapter and every
 * feature behind them: who is talking ({@link org.doorway.conversation.ConversationKey}),
 * what they did ({@link org.doorway.conversation.Inbound}), what Doorway says back
 * ({@link org.doorway.conversation.Reply}, {@link org.doorway.conversation.Option},
 * {@link org.doorway.conversation.Suggestion}) and the staff dialogue's port
 * ({@link org.doorway.conversation.StaffDialogue}). Free of any platform, HTTP and SQL.
 */
package org.doorway.conversation;
