package org.doorway.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.doorway.Transactions;
import org.doorway.config.HandoffSettings;
import org.doorway.jobs.JobRunner;

/**
 * The handoff feature wired from its ports, for the one place that wires
 * Doorway: the desk for the conversation, the technologists' actions for the
 * adapters, and the two jobs. {@code displayZone} is the institution's time
 * zone, used when telling staff when the next person is on duty.
 */
public final class HandoffFeature {
    /** How often the jobs look; well under the SLA so that a lapse is acted on within a minute. */
    public static final Duration CHECK_EVERY = Duration.ofMinutes(1);

    private final HandoffService desk;
    private final TechnologistActions technologists;
    private final SlaCheck slaCheck;
    private final QueueCheck queueCheck;
    /** Kept for {@link #queue}, which builds on the same steps. */
    private final Transactions transactions;
    private final Dispatcher dispatcher;
    private final Roster roster;
    private final Workloads workloads;
    private final Handoffs handoffs;
    private final HandoffMessenger messenger;
    private final HandoffSettings settings;
    private final Clock clock;

    public HandoffFeature(Transactions transactions, Roster roster, Workloads workloads, Handoffs handoffs,
            HandoffMessenger messenger, HandoffSettings settings, Clock clock, ZoneId displayZone) {
        this.transactions = transactions;
        this.roster = roster;
        this.workloads = workloads;
        this.handoffs = handoffs;
        this.messenger = messenger;
        this.settings = settings;
        this.clock = clock;
        StaffNotices notices = new StaffNotices(displayZone);
        Dispatcher dispatcher = new Dispatcher(roster, workloads, handoffs, messenger, settings, notices, clock);
        this.dispatcher = dispatcher;
        // Each use case gets the ports it uses, besides the steps they share.
        Transfers transfers = new Transfers(dispatcher, workloads, handoffs, roster, notices);
        this.desk = new HandoffService(transactions, dispatcher, handoffs, transfers);
        this.technologists = new TechnologistActions(transactions, roster, handoffs,
                new HandoffSteps(dispatcher, workloads, handoffs, messenger, notices, transfers, roster));
        this.slaCheck = new SlaCheck(transactions, dispatcher, workloads, handoffs, notices);
        this.queueCheck = new QueueCheck(transactions, dispatcher, handoffs, notices);
    }

    public HandoffService desk() {
        return desk;
    }

    public TechnologistActions technologists() {
        return technologists;
    }

    public SlaCheck slaCheck() {
        return slaCheck;
    }

    public QueueCheck queueCheck() {
        return queueCheck;
    }

    /** My queue, the nudges and the staff side, on this feature's steps; {@code closures} are institution closures. */
    public QueueFeature queue(QueueFeature.Ports ports, org.doorway.config.NudgeSettings nudges,
            java.util.Set<java.time.LocalDate> closures) {
        return new QueueFeature(transactions, dispatcher, handoffs, roster, workloads, messenger,
                settings.teamChannel(), ports, nudges, closures, clock);
    }

    /** Schedules the SLA and queue checks, each claimed by one instance at a time. */
    public void schedule(JobRunner jobs) {
        jobs.every(SlaCheck.JOB, CHECK_EVERY, slaCheck);
        jobs.every(QueueCheck.JOB, CHECK_EVERY, queueCheck);
    }
}
