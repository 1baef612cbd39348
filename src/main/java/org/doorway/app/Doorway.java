package org.doorway.app;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorway.catalogue.CachedCatalogue;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.DefaultCatalogue;
import org.doorway.catalogue.CatalogueSeeder;
import org.doorway.catalogue.CatalogueYaml;
import org.doorway.catalogue.ToolRanker;
import org.doorway.conversation.FrontDesk;
import org.doorway.followup.Audience;
import org.doorway.followup.FollowUpJob;
import org.doorway.followup.OutcomeRankedTools;
import org.doorway.followup.PersonMessages;
import org.doorway.followup.OutcomeRanking;
import org.doorway.followup.OutcomeTally;
import org.doorway.followup.Introductions;
import org.doorway.conversation.TurnRetry;
import org.doorway.conversation.Turns;
import org.doorway.handoff.ClosedRoster;
import org.doorway.handoff.HandoffFeature;
import org.doorway.handoff.HandoffMessenger;
import org.doorway.handoff.HolderMessenger;
import org.doorway.handoff.QueueFeature;
import org.doorway.handoff.QueueWatch;
import org.doorway.handoff.WatchedHandoffs;
import org.doorway.intake.Dialogue;
import org.doorway.intake.IntakeConfiguration;
import org.doorway.intake.OfferedTools;
import org.doorway.intake.Institution;
import org.doorway.intake.Route;
import org.doorway.inbox.SetAside;
import org.doorway.needs.Classification;
import org.doorway.needs.ExamplePhrasings;
import org.doorway.needs.FusedNeedClassifier;
import org.doorway.needs.NeedClassifier;
import org.doorway.needs.NeedVocabulary;
import org.doorway.needs.TextEmbedder;
import org.doorway.resources.ResourceLinks;
import org.doorway.resources.ResourceOffer;
import org.doorway.resources.remind.RemindClicks;
import org.doorway.resources.remind.ReminderJob;
import org.doorway.resources.Webinars;
import org.doorway.store.JdbiWebinarReminders;
import org.doorway.config.InstitutionSettings;
import org.doorway.config.Settings;
import org.doorway.store.Database;
import org.doorway.store.Migrations;
import org.doorway.store.RequestSummaries;
import org.doorway.store.SqlTransience;
import org.doorway.store.StoredInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Doorway wired by hand: the settings, the migrated database and every
 * feature built on them. Commands open one, use what they need and close it.
 */
final class Doorway implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Doorway.class);

    private final Settings settings;
    private final Clock clock;
    private final Database database;
    private final NeedVocabulary vocabulary;
    private final CatalogueYaml catalogueYaml;
    private final Stores stores;
    /** Tools for a need, best first, staff's outcomes counted in: what is suggested and what is reported. */
    private final OutcomeRankedTools rankedTools;
    private final ResourceOffer resources;
    private FusedNeedClassifier classifier;
    /** Read once at open, so that building the classifier never waits on the database. */
    private final Map<String, List<String>> addedPhrasings;
    private volatile CompletableFuture<Boolean> embeddings;
    /** The classifier's sentence embedder once loaded, shared with reports (unmet needs grouped by meaning). */
    private volatile TextEmbedder embedder;
    private volatile LongConsumer classificationTimings = nanos -> { };
    private StoredInbox inbox;
    private SetAside setAside;
    private final Object inboxLock = new Object();

    private Doorway(Settings settings, Clock clock, Database database, NeedVocabulary vocabulary,
            CatalogueYaml catalogueYaml, Supplier<Catalogue> defaults) {
        this.settings = settings;
        this.clock = clock;
        this.database = database;
        this.vocabulary = vocabulary;
        this.catalogueYaml = catalogueYaml;
        this.stores = Stores.open(database, clock, vocabulary.needs(), settings.zone());
        this.addedPhrasings = stores.learningQueue().phrasingsByNeed();
        // Outcome figures for the ranking, read at most once a minute: a vote need not move the next answer.
        LoadingCache<String, List<OutcomeTally>> tallies = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(1)
                .build(all -> stores.outcomeTallies().all());
        CachedCatalogue catalogue = stores.catalogue();
        this.rankedTools = new OutcomeRankedTools(() -> catalogue.snapshot().index(), new ToolRanker(),
                new OutcomeRanking(() -> tallies.get("all")));
        this.resources = new ResourceOffer(new ResourceLinks(settings.publicUrl()), new Webinars(settings.zone()));
        new CatalogueSeeder(catalogue, defaults).seedIfEmpty().ifPresent(seeded ->
                log.info("Loaded the default catalogue ({} example tools): replace it with your institution's "
                        + "using 'catalogue import FILE'", seeded.added().size()));
    }

    /** The configuration read from the environment at open. */
    Settings settings() {
        return settings;
    }

    /** The clock everything here runs on: tests move it to drive SLAs and shifts. */
    Clock clock() {
        return clock;
    }

    /** The migrated database: the unit of work every store adapter takes part in. */
    Database database() {
        return database;
    }

    /** The pedagogic needs, as bundled. */
    NeedVocabulary vocabulary() {
        return vocabulary;
    }

    /** How the catalogue file is read and checked. */
    CatalogueYaml catalogueYaml() {
        return catalogueYaml;
    }

    /** Every store adapter, each built once on {@link #database()}. */
    Stores stores() {
        return stores;
    }

    /** The stored catalogue, cached in this instance. */
    CachedCatalogue catalogue() {
        return stores.catalogue();
    }

    /** Tools for a need, best first, staff's outcomes counted in. */
    OutcomeRankedTools rankedTools() {
        return rankedTools;
    }

    /**
     * The need classifier; its Lucene index is built on first use, and its embedding model then loads on a
     * thread of its own: Lucene and the cues answer until it is ready, so nothing waits for the model.
     */
    synchronized NeedClassifier classifier() {
        if (classifier == null) {
            // Admins' phrasings (from the console's "not understood" queue) join the bundled ones at each build.
            FusedNeedClassifier built = FusedNeedClassifier.withPhrasings(vocabulary, ExamplePhrasings.bundled(vocabulary)
                    .plus(addedPhrasings, vocabulary));
            classifier = built;
            embeddings = new CompletableFuture<>();
            CompletableFuture<Boolean> loaded = embeddings;
            DaemonThreads.start(() -> {
                try {
                    loaded.complete(built.loadEmbeddings(() -> {
                        TextEmbedder model = FusedNeedClassifier.bundledModel();
                        embedder = model;
                        return model;
                    }, EMBEDDING_CACHE));
                } finally {
                    loaded.complete(false); // whatever went wrong, nobody waits for ever
                }
            }, "embedding-model").start();
        }
        return classifier;
    }

    /** The sentence embedder the classifier loaded; empty until it has (or where it cannot run). */
    Optional<TextEmbedder> embedder() {
        return Optional.ofNullable(embedder);
    }

    /** The classifier once its embedding model has loaded, or failed to: for commands that want its best answers. */
    NeedClassifier readyClassifier() {
        NeedClassifier ready = classifier();
        embeddings.join();
        return ready;
    }

    /** Where the example phrasings' vectors are cached between starts, keyed by a hash of the data and the model. */
    private static final java.nio.file.Path EMBEDDING_CACHE =
            java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "doorway-embeddings");

    /**
     * Where Slack's and Teams' events are recorded before their acks; opened
     * (for a SQLite file, its inbox file created) on first use.
     */
    StoredInbox inbox() {
        synchronized (inboxLock) {
            if (inbox == null) {
                inbox = StoredInbox.open(database);
            }
            return inbox;
        }
    }

    /**
     * The whole conversation: the staff dialogue and the technologists' desk
     * behind one front desk, and the turn pipeline every adapter uses, with
     * handoff news sent through {@code messenger}.
     */
    Conversation conversation(HandoffMessenger messenger) {
        return conversation(messenger, new ToldIntroductions());
    }

    /** As {@link #conversation(HandoffMessenger)}, with colleagues introduced through {@code introductions}. */
    Conversation conversation(HandoffMessenger messenger, Introductions introductions) {
        return conversation(messenger, introductions, Audience.EVERYONE, messenger::tellStaff, HolderMessenger.NONE,
                QueueWatch.NONE);
    }

    /**
     * As {@link #conversation(HandoffMessenger, Introductions)}; the follow-up job sends to {@code audience}
     * only, and follow-up messages go through {@code followUpMessages}; technologists hear about the
     * handoffs they hold through {@code holders}, and {@code watch} is told when a handoff changes in a way
     * people's queues show (Slack's App Home).
     */
    Conversation conversation(HandoffMessenger messenger, Introductions introductions, Audience audience,
            PersonMessages followUpMessages, HolderMessenger holders, QueueWatch watch) {
        CachedCatalogue catalogue = stores.catalogue();
        FollowUpWiring followUp = FollowUpWiring.of(stores, database, catalogue::load,
                FollowUpWiring.policy(settings.followUp(), settings.zone()), clock, followUpMessages, introductions,
                audience);
        // Routing sees the institution's closure dates as everyone's leave (and so do the nudges' working days).
        HandoffFeature handoff = new HandoffFeature(database, new ClosedRoster(stores.roster(), stores.closures()),
                stores.workloads(), new WatchedHandoffs(stores.handoffs(), stores.roster(), watch),
                messenger, settings.handoff(), clock, settings.zone());
        QueueFeature queue = handoff.queue(new QueueFeature.Ports(stores.openHandoffs(),
                stores.nudgeMarks(), stores.awaitedAdditions(), holders, watch),
                settings.nudges(), settings.followUp().closures());
        Dialogue dialogue = IntakeConfiguration.dialogue(lazyClassifier(),
                () -> followUp.stories().over(catalogue.load()),
                new OfferedTools(rankedTools::page, () -> catalogue.snapshot().index(), resources, clock),
                handoff.desk(), stores.conversations(), stores.requests(), clock, settings.zone(),
                institution(settings.institution()));
        JdbiWebinarReminders reminders = stores.webinarReminders();
        Webinars webinars = new Webinars(settings.zone());
        FrontDesk desk = new FrontDesk(dialogue, handoff.technologists(),
                new RemindClicks(catalogue::load, webinars, reminders, settings.zone(), clock), followUp.desk(),
                queue.desk());
        Turns turns = new Turns(desk, database, inbox(), setAside(), TurnRetry.standard(new SqlTransience()),
                clock);
        return new Conversation(turns, handoff, new ReminderJob(reminders, database, catalogue::load, webinars,
                messenger::tellStaff, settings.zone(), clock), followUp.job(), queue);
    }

    /**
     * The turn pipeline every adapter uses, the handoff feature behind it (for its jobs and App Home), the
     * job that sends webinar reminders and the one that sends follow-ups.
     */
    record Conversation(Turns turns, HandoffFeature handoff, ReminderJob reminders, FollowUpJob followUps,
            QueueFeature queue) {}

    /** Events set aside after failing for good, for 'doorway inbox'. */
    SetAside setAside() {
        synchronized (inboxLock) {
            if (setAside == null) {
                setAside = Stores.setAside(database, inbox());
            }
            return setAside;
        }
    }

    /** Where each classification's duration goes (nanoseconds): /metrics' histogram once serve binds it. */
    void timeClassifications(LongConsumer timings) {
        classificationTimings = timings;
    }

    /** The classifier, its index built on first use or when a turn prepares; each call timed. */
    private NeedClassifier lazyClassifier() {
        return new NeedClassifier() {
            @Override
            public Classification classify(String text) {
                NeedClassifier ready = classifier();
                long started = System.nanoTime();
                Classification answer = ready.classify(text);
                classificationTimings.accept(System.nanoTime() - started);
                return answer;
            }

            @Override
            public void prepare() {
                classifier();
            }
        };
    }

    /** The institution's VLE and routes as the dialogue speaks of them. */
    static Institution institution(InstitutionSettings settings) {
        Map<Route, String> routes = new EnumMap<>(Route.class);
        settings.routes().forEach((route, contact) -> routes.put(Route.valueOf(route), contact));
        return new Institution(settings.vle().orElse(null), routes);
    }

    /** Reads the environment, opens and migrates the database; exits early with every configuration problem. */
    static Doorway open(Map<String, String> environment) {
        return open(environment, Clock.systemUTC());
    }

    /** As {@link #open(Map)}, on {@code clock}: tests move it to drive SLAs and shifts. */
    static Doorway open(Map<String, String> environment, Clock clock) {
        Settings.Loaded loaded = Settings.load(environment);
        if (!loaded.ok()) {
            throw new ConfigurationProblems(loaded.problems());
        }
        Settings settings = loaded.settings();
        NeedVocabulary vocabulary = NeedVocabulary.bundled();
        CatalogueYaml yaml = new CatalogueYaml(vocabulary.needs());
        // Read the bundled catalogue on the other core while the database opens and migrates: a fresh
        // database needs it, and startup is mostly one thread's work otherwise.
        CompletableFuture<Catalogue> defaults = CompletableFuture.supplyAsync(() -> DefaultCatalogue.load(yaml));
        Database database = Database.open(settings.database());
        try {
            int ran = Migrations.migrate(database);
            if (ran > 0) {
                log.info("Database {} migrated ({} migrations)", settings.database().redactedUrl(), ran);
            }
            RequestSummaries.backfill(database); // reports' per-request rows, once after V21
            return new Doorway(settings, clock, database, vocabulary, yaml, defaults::join);
        } catch (RuntimeException failure) {
            database.close();
            throw failure;
        }
    }

    @Override
    public void close() {
        try {
            synchronized (inboxLock) {
                if (inbox != null) {
                    inbox.close();
                }
            }
        } finally {
            database.close();
        }
    }

    /**
     * ONNX Runtime's own shutdown hook frees its native environment, and the
     * JVM dies (SIGSEGV) when that happens while the model is still being
     * opened, as at the end of a short piped {@code chat}: a command that ends
     * by returning from main lets a load under way finish first, for
     * {@value #MODEL_LOAD_WAIT_SECONDS} s at most. (Not from a shutdown hook:
     * ONNX Runtime's hook runs beside it, so waiting there cannot help.)
     */
    void awaitModelLoad() {
        CompletableFuture<Boolean> loading = embeddings;
        if (loading == null || loading.isDone()) {
            return;
        }
        try {
            loading.get(MODEL_LOAD_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException slow) {
            log.warn("Stopping while the embedding model is still loading after {} s; the process may end abruptly",
                    MODEL_LOAD_WAIT_SECONDS);
        } catch (java.util.concurrent.ExecutionException failed) {
            // The loader logs its own failure.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static final int MODEL_LOAD_WAIT_SECONDS = 10;
}
