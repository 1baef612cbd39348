package org.doorway.followup;

import java.time.Instant;
import java.util.Optional;
import org.doorway.conversation.ConversationKey;

/** Requests to talk to a story's author, and the author's answer. Marks are conditional. */
public interface ColleagueIntros {

    /** One person's request about one story: who asked, and where to reach them. */
    record Intro(long id, long storyId, ConversationKey asker, String askerName) {}

    /** Records the request; empty when this person already asked about this story. */
    Optional<Long> ask(long storyId, ConversationKey asker, String askerName, Instant now);

    Optional<Intro> find(long id);

    /** Records the author's answer; false when already answered. */
    boolean answer(long id, boolean agreed, Instant now);
}
