package org.doorway.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import org.doorway.admin.AdminSessions;
import org.doorway.config.Settings;
import org.doorway.config.SlackSettings;
import org.doorway.handoff.HandoffFeature;
import org.doorway.handoff.HandoffMessenger;
import org.doorway.handoff.HolderMessenger;
import org.doorway.handoff.MyQueue;
import org.doorway.handoff.QueueFeature;
import org.doorway.handoff.QueueWatch;
import org.doorway.followup.FollowUpJob;
import org.doorway.followup.Introductions;
import org.doorway.jobs.JobRunner;
import org.doorway.admin.ReviewReminders;
import org.doorway.resources.remind.ReminderJob;
import org.doorway.slack.BlockKitRenderer;
import org.doorway.slack.HomeFacts;
import org.doorway.slack.SlackHandoffMessenger;
import org.doorway.slack.SlackHolderMessenger;
import org.doorway.slack.SlackHomes;
import org.doorway.teams.TeamsReplies;
import org.doorway.slack.SlackIntroductions;
import org.doorway.slack.SlackReplies;
import org.doorway.store.JdbiConversationReferences;
import org.doorway.privacy.Retention;
import org.doorway.store.Database;
import org.doorway.store.StoredInbox;
import org.doorway.web.HealthServlet;
import org.doorway.web.Metrics;
import org.doorway.web.MetricsServlet;
import org.doorway.web.ReadinessServlet;
import org.doorway.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** Runs Doorway: migrations, the web server and the chat adapters, until SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run Doorway (the default). Configured by environment variables; see the README.")
final class ServeCommand extends DoorwaySubcommand {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    /** For the build's class-data archive and for smoke tests: start everything, then stop. */
    @picocli.CommandLine.Option(names = "--exit-when-ready", hidden = true)
    boolean exitWhenReady;

    ServeCommand(Environment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        Doorway doorway = openDoorway();
        Running running = start(doorway);
        if (exitWhenReady) {
            doorway.readyClassifier(); // so that the class-data archive holds the model's classes too
            log.info("Started in {} ms and stopping again, as --exit-when-ready asks",
                    (System.nanoTime() - started) / 1_000_000);
            running.close();
            return ExitCodes.OK;
        }
        CountDownLatch stopped = GracefulShutdown.install(running, doorway.settings().service().shutdownGrace());
        log.info("Doorway {} ready on http://localhost:{}/ in {} ms ({})", Version.current(), running.web.port(),
                (System.nanoTime() - started) / 1_000_000, describe(doorway));
        if (doorway.stores().roster().all().isEmpty()) {
            log.warn("The roster is empty, so 'talk to a person' reaches nobody: import the learning technologists "
                    + "with 'bin/doorway roster import FILE' (see examples/roster.yaml)");
        }
        if (doorway.settings().localMode()) {
            log.info("Local mode: no Slack or Teams credentials, so the chat endpoints are off. "
                    + "Try the conversation in a terminal with: java -jar target/doorway.jar chat");
        }
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /** Starts the web server and everything that serves; used by tests too. */
    static Running start(Doorway doorway) {
        Settings settings = doorway.settings();
        Database database = doorway.database();
        Stores stores = doorway.stores();
        Clock clock = doorway.clock();
        PrometheusMeterRegistry metrics = Metrics.prometheus();
        WebServer web = new WebServer(settings.port(), metrics);
        ServiceHealth health = new ServiceHealth(database, stores.outboxBacklog(), clock);
        web.mount("/healthz", new HealthServlet(Version.current(),
                database.kind().name().toLowerCase(java.util.Locale.ROOT),
                settings.slack().isPresent(), settings.teams().isPresent(),
                health::report, Set.of("jobs")));
        web.mount("/readyz", new ReadinessServlet(health::notReadyBecause));
        web.mount("/metrics", new MetricsServlet(metrics));
        org.doorway.web.OperationalMetrics.bind(metrics, stores.operationalFigures(), clock);
        org.doorway.web.OperationalMetrics.followUpsDue(metrics, () -> stores.operationalFigures()
                .followUpsDue(clock.instant()));
        doorway.timeClassifications(org.doorway.web.ClassificationLatency.bind(metrics));
        ResourceRoutes.mount(web, stores.catalogue()::snapshot, settings.publicUrl(), settings.zone(), clock);
        JdbiConversationReferences teamsReferences = stores.teamsReferences();
        Optional<HandoffMessenger> teamsMessenger = TeamsWiring.messenger(settings.teams(), stores.outbox(),
                teamsReferences);
        Optional<SlackReplies> slackReplies = settings.slack().map(slack ->
                new SlackReplies(stores.outbox(), new BlockKitRenderer()));
        Optional<HandoffMessenger> slackMessenger = slackReplies.map(SlackHandoffMessenger::new);
        HandoffMessenger messenger = PlatformMessengers.of(slackMessenger, teamsMessenger,
                TeamsWiring.ownsTeamChannel(settings));
        Map<String, HolderMessenger> holders = new LinkedHashMap<>();
        slackReplies.ifPresent(replies -> holders.put(SlackReplies.PLATFORM, new SlackHolderMessenger(replies)));
        TeamsWiring.holders(settings.teams(), stores.outbox(), teamsReferences)
                .ifPresent(teams -> holders.put(TeamsReplies.PLATFORM, teams));
        QueueWatch homes = slackReplies.<QueueWatch>map(replies -> new SlackHomes(replies))
                .orElse(QueueWatch.NONE);
        Doorway.Conversation conversation = doorway.conversation(messenger,
                new PlatformIntroductions(slackReplies.<Map<String, Introductions>>map(replies ->
                        Map.of(SlackReplies.PLATFORM, new SlackIntroductions(replies))).orElse(Map.of())),
                FollowUpWiring.servedAudience(settings), messenger::tellStaff,
                new PlatformHolderMessengers(holders), homes);
        AdminSessions sessions = AdminWiring.sessions(stores, clock);
        AdminWiring.mount(web, database, stores, sessions, doorway.catalogueYaml().validator(), settings.admin(),
                settings.zone(), clock, conversation.handoff().desk());
        ReportsWiring.mount(web, ReportsWiring.reports(database, stores.reportQueries(), stores.roster(),
                settings.reports(), doorway::embedder), sessions, doorway.vocabulary(), settings.zone(), clock);
        AdminWiring.mountCaseStudies(web, CaseStudiesCommand.review(stores, database, clock), sessions,
                stores.catalogue()::load, settings.zone());
        // One runner for every job: the SLA and queue checks, each platform's delivery and redelivery.
        JobRunner jobs = new JobRunner(stores.leases(), clock,
                Executors.newScheduledThreadPool(3, DaemonThreads.named("jobs")));
        Optional<SlackWiring> slack = settings.slack().map(slackSettings -> SlackWiring.start(slackSettings, web, jobs,
                conversation.turns(), slackHome(stores, settings, conversation.queue().queue()), database,
                doorway.inbox(), stores, clock));
        Optional<TeamsWiring> teams = settings.teams().map(teamsSettings -> TeamsWiring.start(teamsSettings, web,
                jobs, conversation.turns(), database, doorway.inbox(), stores, clock));
        conversation.handoff().schedule(jobs);
        conversation.queue().schedule(jobs);
        jobs.every(ReminderJob.JOB, ReminderJob.EVERY, conversation.reminders());
        jobs.every(ReviewReminders.JOB, Duration.ofHours(1), AdminWiring.reviewReminders(database, stores,
                settings.admin(), settings.zone(), clock, messenger));
        jobs.every(FollowUpJob.JOB, FollowUpJob.EVERY, conversation.followUps());
        watchHealth(health, jobs, slack, teams);
        Retention retention = PrivacyCommand.retention(stores.personalData(), settings.service().retention(), clock);
        jobs.every("retention", Duration.ofDays(1), () -> retention.run(false));
        StoredInbox inbox = doorway.inbox();
        jobs.every("forget-old-events", Duration.ofHours(1),
                () -> inbox.forgetBefore(clock.instant().minus(Duration.ofDays(2))));
        web.start();
        // Build the classifier's index now, off the startup path, so the first message need not wait for it.
        DaemonThreads.start(doorway::classifier, "classifier-warm-up").start();
        return new Running(doorway, web, slack, jobs, conversation.handoff(), teams, health, conversation.followUps(),
                conversation.queue());
    }

    /** The jobs, and each configured platform's remote side, looked at in the background from now on. */
    private static void watchHealth(ServiceHealth health, JobRunner jobs, Optional<SlackWiring> slack,
            Optional<TeamsWiring> teams) {
        health.jobs(List.of(jobs::health)); // one runner: every job, Slack's and Teams' too
        slack.ifPresent(wiring -> health.watch("slack", wiring.adapter().probe()));
        teams.ifPresent(wiring -> health.watch("teams", wiring.probe()));
    }

    private static HomeFacts slackHome(Stores stores, Settings settings, MyQueue queue) {
        return new SlackHomeFacts(stores.requests(), stores.roster(), queue, stores.catalogue()::load,
                settings.slack().map(SlackSettings::adminUsers).orElse(java.util.Set.of()));
    }

    private static String describe(Doorway doorway) {
        return doorway.database().kind().name().toLowerCase(java.util.Locale.ROOT) + " at "
                + doorway.settings().database().redactedUrl();
    }

    /**
     * A serving Doorway; closing stops the web server first, then the chat adapters, then the database.
     * {@code handoff}, {@code followUps} and {@code queue} are there so tests can run their checks at a moment of
     * their choosing.
     */
    record Running(Doorway doorway, WebServer web, Optional<SlackWiring> slack, JobRunner jobs,
            HandoffFeature handoff, Optional<TeamsWiring> teams, ServiceHealth health, FollowUpJob followUps,
            QueueFeature queue) implements AutoCloseable {
        @Override
        public void close() {
            health.stopping();
            health.close();
            web.close();
            jobs.close();
            slack.ifPresent(SlackWiring::close);
            teams.ifPresent(TeamsWiring::close);
            doorway.close();
        }
    }
}
