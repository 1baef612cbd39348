package org.doorway.resources.remind;

import java.time.Instant;
import java.util.List;
import org.doorway.conversation.ConversationKey;
import org.doorway.resources.WebinarId;

/**
 * Where reminders are kept. The marks are conditional, so that of two jobs
 * (two instances, or one run again) only one sends each message.
 */
public interface WebinarReminders {

    /** The times a new reminder is stored with: {@code reminded} is set when the day before has already come. */
    record Due(Instant startsAt, Instant endsAt, Instant remindAt, boolean reminded) {}

    /** Records a reminder; false, changing nothing, when this person already has one for this session. */
    boolean add(ConversationKey who, WebinarId session, Due due, Instant now);

    /** Reminders whose day-before message is due at {@code now} and not yet sent, oldest first. */
    List<Reminder> remindersDue(Instant now, int limit);

    /** Reminders whose session has ended by {@code now} and that have had no follow-up, oldest first. */
    List<Reminder> followUpsDue(Instant now, int limit);

    /** Marks the day-before message sent; false when another run marked it first. */
    boolean markReminded(long id, Instant now);

    /** Marks the follow-up done; false when another run marked it first. */
    boolean markFollowedUp(long id, Instant now);
}
