package org.doorway.handoff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doorway.Transactions;
import org.doorway.config.NudgeSettings;
import org.doorway.conversation.Reply;

/**
 * The nudge job: a request picked up and left gets a reminder to its holder
 * after the first step (one working day by default) and another after the
 * second (three), which also flags it on the team channel. Working days are
 * the holder's own (rostered hours, leave, institution closures), and a
 * reminder goes out only while they are on duty. Each reminder is claimed in
 * the store in the same unit of work as its messages, so it goes out once
 * across instances and restarts; when Doorway was down past both steps, only
 * the later one is sent. Run it through the JobRunner.
 */
public final class NudgeCheck implements Runnable {
    static final String JOB = "handoff-nudges";
    private static final int BATCH = 200;

    private final Transactions transactions;
    private final Dispatcher dispatcher;
    private final Handoffs handoffs;
    private final OpenHandoffs open;
    private final NudgeMarks marks;
    private final HolderMessenger holders;
    private final MyQueue queue;
    private final NudgeSettings settings;
    private final Set<LocalDate> closures;
    private final HandoffMessenger messenger;
    private final Optional<String> teamChannel;

    NudgeCheck(Transactions transactions, Dispatcher dispatcher, Handoffs handoffs, OpenHandoffs open,
            NudgeMarks marks, HolderMessenger holders, MyQueue queue, NudgeSettings settings,
            Set<LocalDate> closures, HandoffMessenger messenger, Optional<String> teamChannel) {
        this.messenger = messenger;
        this.teamChannel = teamChannel;
        this.transactions = transactions;
        this.dispatcher = dispatcher;
        this.handoffs = handoffs;
        this.open = open;
        this.marks = marks;
        this.holders = holders;
        this.queue = queue;
        this.settings = settings;
        this.closures = Set.copyOf(closures);
    }

    @Override
    public void run() {
        if (!settings.enabled()) {
            return;
        }
        for (Handoff held : open.pickedUp(BATCH)) {
            transactions.run(() -> handoffs.find(held.id()).ifPresent(this::nudge));
        }
    }

    private void nudge(Handoff handoff) {
        Optional<Technologist> holder = dispatcher.technologist(handoff.technologistId());
        Optional<Instant> since = queue.pickedUpAt(handoff);
        Instant now = dispatcher.now();
        if (handoff.state() != Handoff.State.ACKNOWLEDGED || holder.isEmpty() || since.isEmpty()
                || !WorkingTime.onDuty(holder.get(), now)) {
            return;
        }
        List<NudgeSettings.After> steps = settings.steps();
        for (int step = steps.size(); step >= 1; step--) {
            if (WorkingDays.after(holder.get(), since.get(), steps.get(step - 1), closures).isAfter(now)) {
                continue;
            }
            if (marks.claim(handoff.id(), holder.get().id(), step, now)) {
                for (int earlier = step - 1; earlier >= 1; earlier--) {
                    marks.claim(handoff.id(), holder.get().id(), earlier, now); // passed by: never sent late
                }
                send(handoff, holder.get(), step, steps.get(step - 1));
            }
            return;
        }
    }

    private void send(Handoff handoff, Technologist holder, int step, NudgeSettings.After after) {
        String staff = handoff.request().staffName();
        boolean last = step == settings.steps().size();
        holders.tellHolder(handoff, holder, Reply.Text.of("A reminder: you picked up " + staff + "'s request "
                + after.words() + " ago and it's still open: \"" + MyQueue.cut(handoff.request().problem(), 140)
                + "\". If it's sorted, press Resolved on it; if someone else should finish it, Pass or Transfer it. "
                + "Type 'queue' to see all your open requests."));
        boolean flagged = last && teamChannel.isPresent();
        if (flagged) {
            Reply.HandoffSummary card = Summaries.cards(handoff, "Picked up by " + holder.name() + " "
                    + after.words() + " ago and not resolved yet", Set.of()).team();
            messenger.postToTeamChannel(teamChannel.get(), new Reply.HandoffSummary(card.handoffId(),
                    "Open for " + after.words() + ": " + card.title(), card.staffName(), card.fields(), List.of()));
        }
        handoffs.record(HistoryEntry.of(handoff, dispatcher.now(), HistoryEntry.Event.NUDGED, holder.id(),
                "reminded after " + after.words() + (flagged ? "; flagged on the team channel" : "")));
    }
}
