package org.doorway.handoff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.doorway.Transactions;
import org.doorway.config.NudgeSettings;
import org.doorway.jobs.JobRunner;

/**
 * My queue, the nudges and the staff side, wired on the handoff feature's own
 * steps ({@link HandoffFeature#queue}): the read model every list uses, the
 * desk that answers {@code queue}, {@code my requests} and the staff member's
 * buttons, and the nudge job.
 */
public final class QueueFeature {
    private final MyQueue queue;
    private final MyRequestsDesk desk;
    private final NudgeCheck nudges;

    /** The ports these parts use besides the handoff feature's. */
    public record Ports(OpenHandoffs open, NudgeMarks marks, AwaitedAdditions awaited, HolderMessenger holders,
            QueueWatch watch) {}

    QueueFeature(Transactions transactions, Dispatcher dispatcher, Handoffs handoffs, Roster roster,
            Workloads workloads, HandoffMessenger messenger, java.util.Optional<String> teamChannel, Ports ports,
            NudgeSettings settings, Set<LocalDate> closures, Clock clock) {
        this.queue = new MyQueue(handoffs, ports.open(), roster, clock);
        StaffRequests staff = new StaffRequests(dispatcher, handoffs, workloads, ports.holders(), ports.awaited(),
                ports.watch());
        this.desk = new MyRequestsDesk(transactions, queue, staff, roster, ports.awaited(), clock);
        this.nudges = new NudgeCheck(transactions, dispatcher, handoffs, ports.open(), ports.marks(),
                ports.holders(), queue, settings, closures, messenger, teamChannel);
    }

    public MyQueue queue() {
        return queue;
    }

    public MyRequestsDesk desk() {
        return desk;
    }

    public NudgeCheck nudges() {
        return nudges;
    }

    /** Schedules the nudge job, claimed by one instance at a time; each reminder is claimed on its own too. */
    public void schedule(JobRunner jobs) {
        jobs.every(NudgeCheck.JOB, HandoffFeature.CHECK_EVERY, nudges);
    }
}
