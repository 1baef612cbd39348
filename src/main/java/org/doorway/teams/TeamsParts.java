package org.doorway.teams;

import java.time.Clock;
import java.util.concurrent.Executor;
import org.doorway.Transactions;
import org.doorway.conversation.StaffDialogue;
import org.doorway.inbox.EventInbox;
import org.doorway.outbox.Outbox;

/**
 * What the Teams adapter needs from the rest of Doorway. {@code executor} runs
 * the work behind each accepted activity, after the HTTP answer; replies go
 * to {@code outbox}, inside {@code transactions}' unit of work. Handoff
 * buttons go to {@code buttons}, everything else to {@code intake}.
 */
public record TeamsParts(StaffDialogue intake, TechnologistButtons buttons, TechnologistCommands commands,
        EventInbox events, ConversationReferences references, SentCards sentCards, Transactions transactions,
        Outbox outbox, Clock clock, Executor executor) {}
