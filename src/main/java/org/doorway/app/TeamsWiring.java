package org.doorway.app;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.doorway.config.Settings;
import org.doorway.config.TeamsSettings;
import org.doorway.conversation.Turns;
import org.doorway.handoff.HandoffMessenger;
import org.doorway.handoff.HolderMessenger;
import org.doorway.health.Probe;
import org.doorway.inbox.Redelivery;
import org.doorway.jobs.JobRunner;
import org.doorway.outbox.OutboxWorker;
import org.doorway.outbox.RetryPolicy;
import org.doorway.store.Database;
import org.doorway.store.JdbiConversationReferences;
import org.doorway.store.JdbiOutbox;
import org.doorway.store.JdbiSentCards;
import org.doorway.store.JdbiTeamsIds;
import org.doorway.store.StoredInbox;
import org.doorway.teams.TeamsAdapter;
import org.doorway.teams.TeamsHandoffMessenger;
import org.doorway.teams.TeamsHolderMessenger;
import org.doorway.teams.TeamsParts;
import org.doorway.teams.TeamsReplies;
import org.doorway.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teams, when configured: the endpoint at {@code /api/messages} feeding the
 * turn pipeline, a bounded pool for the work after each answer, the Teams
 * outbox delivered by a job every 100 ms under a lease, a job every 15 s that
 * answers activities left waiting in the inbox, and the housekeeping of
 * clicked cards.
 */
final class TeamsWiring implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TeamsWiring.class);
    private static final Duration DELIVERY_EVERY = Duration.ofMillis(100);
    /** Handoff cards may be clicked days later; after this a click still counts but the card keeps its buttons. */
    static final Duration KEEP_CARDS = Duration.ofDays(30);

    /** Activities older than this still waiting in the inbox were left behind by a restart or a full queue. */
    private static final Duration REDELIVER_AFTER = Duration.ofMinutes(1);

    private final ExecutorService work;
    private final ExecutorService couriers;
    private final Probe probe;

    private TeamsWiring(ExecutorService work, ExecutorService couriers, Probe probe) {
        this.work = work;
        this.couriers = couriers;
        this.probe = probe;
    }

    /** A look at Microsoft's side (signing keys, token endpoint), for the health report. */
    Probe probe() {
        return probe;
    }

    /** Handoff news for staff who talk to Doorway in Teams, when Teams is configured. */
    static Optional<HandoffMessenger> messenger(Optional<TeamsSettings> teams, JdbiOutbox outbox,
            JdbiConversationReferences references) {
        return teams.map(settings -> new TeamsHandoffMessenger(new TeamsReplies(outbox),
                references, settings));
    }

    /** Word to technologists about the handoffs they hold in Teams, when Teams is configured. */
    static Optional<HolderMessenger> holders(Optional<TeamsSettings> teams, JdbiOutbox outbox,
            JdbiConversationReferences references) {
        return teams.map(settings -> new TeamsHolderMessenger(new TeamsReplies(outbox),
                references, settings));
    }

    /** Whether the handoff team channel (HANDOFF_TEAM_CHANNEL) is a Teams channel that Teams should post to. */
    static boolean ownsTeamChannel(Settings settings) {
        return settings.teams().isPresent()
                && settings.handoff().teamChannel().filter(TeamsHandoffMessenger::isTeamsChannel).isPresent();
    }

    /** Builds and starts Teams on {@code web}, for the settings' Teams app; call before web.start(). */
    static TeamsWiring start(TeamsSettings settings, WebServer web, JobRunner jobs, Turns turns, Database database,
            StoredInbox inbox, Stores stores, Clock clock) {
        JdbiOutbox outbox = stores.outbox();
        JdbiSentCards cards = stores.sentCards();
        // Bounded: when Doorway cannot keep up, new activities are answered 503 rather than piling up.
        ExecutorService work = new ThreadPoolExecutor(2, 4, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(10_000), DaemonThreads.named("teams-work"));
        ExecutorService couriers = Executors.newFixedThreadPool(4, DaemonThreads.named("teams-outbox"));
        JdbiTeamsIds teamsIds = stores.teamsIds();
        TeamsAdapter adapter = TeamsAdapter.create(settings, new TeamsParts(turns, inbox,
                stores.teamsReferences(), cards, database, outbox, clock, work, stores.handoffMessages(),
                teamsIds));
        List<String> unreachable = teamsIds.missing();
        if (!unreachable.isEmpty()) {
            log.warn("{} technologist(s) on the roster have no Teams id yet ({}): Teams requests skip them until "
                    + "Doorway learns it, when they first message Doorway in Teams (or give each their Entra ID "
                    + "object id in the roster's 'teams' field; docs/teams.md)", unreachable.size(),
                    String.join(", ", unreachable));
        }
        web.mount(TeamsAdapter.PATH, adapter.endpoint());
        OutboxWorker worker = new OutboxWorker(outbox, adapter.courier(), clock, couriers,
                RetryPolicy.standard(), Duration.ofMinutes(2));
        jobs.every("outbox-teams", DELIVERY_EVERY, () -> worker.drain(Duration.ofMillis(250)));
        Redelivery redelivery = adapter.redelivery(REDELIVER_AFTER);
        jobs.every("inbox-teams", Duration.ofSeconds(15), () -> redelivery.run(Duration.ofSeconds(30)));
        jobs.every("outbox-teams-forget", Duration.ofHours(1),
                () -> outbox.forgetSettledBefore(clock.instant().minus(Duration.ofDays(7))));
        jobs.every("teams-cards-forget", Duration.ofHours(1),
                () -> cards.forgetBefore(clock.instant().minus(KEEP_CARDS)));
        log.info("Teams ready: activities at {}{}", TeamsAdapter.PATH,
                settings.emulator() ? " (local emulator mode)" : "");
        return new TeamsWiring(work, couriers, adapter.probe());
    }

    /** Call after the job runner has stopped. */
    @Override
    public void close() {
        work.shutdown();
        try {
            if (!work.awaitTermination(5, TimeUnit.SECONDS)) {
                log.info("Stopping with {} Teams activities not yet answered; they wait in the inbox",
                        work.shutdownNow().size());
                work.awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        couriers.shutdown();
    }

}
