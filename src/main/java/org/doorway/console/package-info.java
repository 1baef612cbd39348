/**
 * The terminal adapter behind {@code doorway chat}: each line is one turn of
 * the same pipeline as Slack and Teams ({@link org.doorway.conversation.Turns}),
 * with numbered choices, interactive or scripted through stdin.
 */
package org.doorway.console;
