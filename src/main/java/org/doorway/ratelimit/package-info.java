/**
 * Waiting as a platform asks: one budget per kind of call (a Slack Web API
 * method, the Bot Connector, Microsoft's token endpoint) that remembers how
 * long the platform said to wait (429 with Retry-After) or how long to back
 * off after its server errors, so that no call of that kind is made inside
 * the window. Platform-neutral; each adapter names its keys.
 */
package org.doorway.ratelimit;
