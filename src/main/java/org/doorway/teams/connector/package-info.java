/**
 * Talks to the Bot Connector service: an app token by client credentials,
 * cached; replies, posts, card updates and new 1:1 conversations. Results are
 * values that say whether trying again later can help.
 */
package org.doorway.teams.connector;
