/**
 * Verifies that a request to {@code /api/messages} really comes from the Bot
 * Framework: the bearer JWT's signature against the published, endorsed
 * signing keys, its issuer, audience, lifetime and {@code serviceurl} claim.
 * Results are values ({@link org.doorway.teams.auth.TokenCheck}); nothing here
 * knows about servlets.
 */
package org.doorway.teams.auth;
