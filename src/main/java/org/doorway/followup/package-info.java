/**
 * Closing the loop: after staff accept suggestions or a handoff is resolved,
 * Doorway asks how it went (one click), asks whether the story may be shared
 * (two separate, revocable consents), drafts case studies for an admin's
 * review, shows published ones under suggestions with "talk to a colleague",
 * and counts outcomes for the ranking and reports. Pure Java: rows live behind
 * {@link org.doorway.followup.FollowUps} and
 * {@link org.doorway.followup.CaseStudyDrafts} (Jdbi in {@code store}), messages
 * go out through {@link org.doorway.followup.PersonMessages} (the outbox).
 */
package org.doorway.followup;
