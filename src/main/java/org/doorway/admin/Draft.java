package org.doorway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * A change to one catalogue entry waiting for review: the whole entry as it
 * would be published (the file's tree shape), who saved it last and when, and
 * the fingerprint ({@link EntryVersion}) of the published entry it was made
 * from, empty for a new tool.
 */
public record Draft(long id, String toolId, JsonNode entry, Optional<String> baseVersion, String editor, Instant savedAt) {

    public boolean newTool() {
        return baseVersion.isEmpty();
    }

    /** Whether {@code user} saved it (and so may not approve it unless self-approval is on). */
    public boolean editedBy(AdminUser user) {
        return editor.equals(user.email());
    }
}
