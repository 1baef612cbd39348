package org.doorway.followup;

import java.time.Instant;
import java.util.Optional;
import org.doorway.conversation.ConversationKey;

/**
 * A case study drafted from a follow-up. {@code author} is set only with named
 * consent; {@code contactable} while the author lets colleagues get in touch;
 * {@code reviewNote} is the reviewer's reason when they turned it down.
 */
public record Story(long id, long followUpId, long requestId, String toolId, String needId, String title, String summary,
        Optional<String> author, State state, Instant createdAt, boolean contactable, ConversationKey authorKey,
        Optional<String> reviewNote) {

    public enum State {
        DRAFT, PUBLISHED, REJECTED, WITHDRAWN;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
