/**
 * The front door every conversation comes through, and the language it is
 * held in. The values: who is talking ({@link org.doorway.conversation.ConversationKey}),
 * what they did ({@link org.doorway.conversation.Inbound}: a message, a click
 * with an optional note, an availability switch), what Doorway says back
 * ({@link org.doorway.conversation.Reply}, {@link org.doorway.conversation.Option},
 * {@link org.doorway.conversation.Suggestion}, {@link org.doorway.conversation.Answer}).
 * The two ports behind the door: {@link org.doorway.conversation.StaffDialogue}
 * (implemented in {@code intake}) and {@link org.doorway.conversation.TechnologistDesk}
 * (implemented in {@code handoff}). {@link org.doorway.conversation.FrontDesk}
 * alone decides whose an inbound is: a click goes to the
 * {@link org.doorway.conversation.OptionOwner} whose id prefix it carries (the
 * technologists' desk, a webinar's reminders), the rest to the staff dialogue; and {@link org.doorway.conversation.Turns}
 * is the one turn pipeline every chat adapter uses (claim, answer and queue in
 * one unit of work; retry what passes; apologise once and set aside what does
 * not). A new chat platform plugs in as one adapter that calls {@code Turns};
 * nothing here changes. Free of any platform, HTTP and SQL.
 */
package org.doorway.conversation;
