package org.doorway.resources.remind;

import java.time.Instant;
import org.doorway.conversation.ConversationKey;
import org.doorway.resources.WebinarId;

/** One person's reminder for one webinar session, as stored. */
public record Reminder(long id, ConversationKey who, WebinarId session, Instant startsAt, Instant endsAt) {}
