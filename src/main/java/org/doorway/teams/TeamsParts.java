package org.doorway.teams;

import java.time.Clock;
import java.util.concurrent.Executor;
import org.doorway.Transactions;
import org.doorway.intake.InboundEvents;
import org.doorway.intake.Intake;

/**
 * What the Teams adapter needs from the rest of Doorway. {@code executor} runs
 * the work behind each accepted activity, after the HTTP answer.
 */
public record TeamsParts(Intake intake, TechnologistCommands commands, InboundEvents events,
        ConversationReferences references, SentCards sentCards, Transactions transactions, Clock clock,
        Executor executor) {}
