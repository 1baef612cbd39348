/**
 * The staff dialogue, once for every platform: it implements
 * {@link org.doorway.conversation.StaffDialogue}, the port the front desk hands
 * a staff member's messages and choices to, and answers with platform-neutral
 * {@link org.doorway.conversation.Reply} values, the dialogue state kept in the
 * database. It asks the handoff feature for a person through
 * {@link org.doorway.handoff.HandoffDesk}. {@link org.doorway.intake.IntakeConfiguration}
 * builds it, giving each step ({@code SuggestionStep}, {@code PersonStep},
 * {@code FaultStep}, {@code PolicyStep}, {@code ScopeStep}, {@code ActionStep})
 * exactly the ports it uses; the app's wiring calls it once.
 *
 * <p>It listens before it answers. {@code SlotExtractor} reads what a message
 * says in passing (class size in digits or words, mode, when, the tools named,
 * confidence, urgency) on the first message and every reply, so no question is
 * asked whose answer is known; {@code ReplyReader} reads a typed reply as the
 * answer to the question open ({@code Focus}); {@code SmallTalk},
 * {@code PolicyQuestion} and {@code RouteTopics} take the messages that are not
 * a teaching problem; a fault reported beside a need (the classifier's
 * {@code alsoFault}) is handed off while the need is answered.
 *
 * <p>Language is read by the classifier's one detector, {@code needs.EnglishOrNot}:
 * a message in another language gets "English only for now" and the offer of a person.
 */
package org.doorway.intake;
