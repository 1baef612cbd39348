package org.doorway.teams;

import java.time.Clock;
import java.util.concurrent.Executor;
import org.doorway.Transactions;
import org.doorway.conversation.Turns;
import org.doorway.handoff.HandoffMessages;
import org.doorway.inbox.EventInbox;
import org.doorway.outbox.Outbox;

/**
 * What the Teams adapter needs from the rest of Doorway. Every activity is
 * recorded in {@code events} before it is answered; {@code executor} runs the
 * work behind it after the HTTP answer, as one turn of {@code turns}; replies
 * go to {@code outbox}, inside {@code transactions}' unit of work; {@code teamsIds}
 * keeps the Teams ids learned for technologists the roster names by email only,
 * {@code signInNames} the sign-in names learned for chat links.
 */
public record TeamsParts(Turns turns, EventInbox events, ConversationReferences references, SentCards sentCards,
        Transactions transactions, Outbox outbox, Clock clock, Executor executor, HandoffMessages handoffMessages,
        TeamsIds teamsIds, SignInNames signInNames) {

    /** Without keeping sign-in names. */
    public TeamsParts(Turns turns, EventInbox events, ConversationReferences references, SentCards sentCards,
            Transactions transactions, Outbox outbox, Clock clock, Executor executor, HandoffMessages handoffMessages,
            TeamsIds teamsIds) {
        this(turns, events, references, sentCards, transactions, outbox, clock, executor, handoffMessages, teamsIds,
                SignInNames.none());
    }

    /** Without learning technologists' Teams ids. */
    public TeamsParts(Turns turns, EventInbox events, ConversationReferences references, SentCards sentCards,
            Transactions transactions, Outbox outbox, Clock clock, Executor executor, HandoffMessages handoffMessages) {
        this(turns, events, references, sentCards, transactions, outbox, clock, executor, handoffMessages,
                TeamsIds.none());
    }
}
