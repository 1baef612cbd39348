package org.doorway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * One published state of a catalogue entry, numbered from 1 per tool. How it
 * came about: {@code imported} (the entry as it was before its first publish
 * in the console), {@code published} (a reviewed draft) or
 * {@code rolled-back} (version {@code from} restored).
 */
public record PublishedVersion(String toolId, int number, JsonNode entry, String how, Optional<Integer> from,
        Optional<String> editor, Optional<String> approver, Instant at) {
    public static final String IMPORTED = "imported";
    public static final String PUBLISHED = "published";
    public static final String ROLLED_BACK = "rolled-back";
}
