/**
 * Doorway as a Slack app, on Slack's Bolt for Java: the endpoint at
 * {@code /slack/events} (or Socket Mode), turning DMs, @mentions,
 * {@code /doorway} and button clicks into {@link org.doorway.conversation.Inbound}
 * values recorded in the inbox and taken as turns of
 * {@link org.doorway.conversation.Turns}, rendering {@link org.doorway.conversation.Reply} values as Block Kit, the
 * App Home, the technologists' handoff buttons (answered privately, with a
 * short form for a pass reason or an outcome note) and the courier that
 * delivers outbox items through the Web API. The endpoint answers every
 * request with a deliberate status (never a 5xx for what was sent), and every
 * Web API call shares one client with a rate-limit budget per method.
 * The only package that knows Slack's types.
 */
package org.doorway.slack;
