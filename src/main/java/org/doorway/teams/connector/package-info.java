/**
 * Talks to the Bot Connector service: an app token by client credentials,
 * cached; replies, posts, card updates and new 1:1 conversations. Results are
 * values that say whether trying again later can help; while the service or
 * the token endpoint has asked to wait, nothing is sent to it.
 */
package org.doorway.teams.connector;
