/**
 * Adaptive Cards (version 1.5) for Doorway's platform-neutral replies, with
 * every piece of text escaped so user words cannot become markdown, links or
 * mentions, and buttons whose clicks come back as {@code {"doorway": optionId}}.
 */
package org.doorway.teams.card;
