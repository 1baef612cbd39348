package org.doorway.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.doorway.intake.Intake;
import org.doorway.intake.Reply;
import org.doorway.slack.HomeFacts;
import org.doorway.web.HealthServlet;
import org.doorway.web.Metrics;
import org.doorway.web.MetricsServlet;
import org.doorway.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** Runs Doorway: migrations, the web server and the chat adapters, until SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run Doorway (the default). Configured by environment variables; see the README.")
final class ServeCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    private final Environment environment;

    ServeCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        Doorway doorway = Doorway.open(environment.variables());
        Running running = start(doorway);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping: finishing requests in flight");
            running.close();
            stopped.countDown();
        }, "shutdown"));
        log.info("Doorway {} ready on http://localhost:{}/ in {} ms ({})", Version.current(), running.web.port(),
                (System.nanoTime() - started) / 1_000_000, describe(doorway));
        if (doorway.settings.localMode()) {
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
        PrometheusMeterRegistry metrics = Metrics.prometheus();
        WebServer web = new WebServer(doorway.settings.port(), metrics);
        web.mount("/healthz", new HealthServlet(Version.current(),
                doorway.database.kind().name().toLowerCase(java.util.Locale.ROOT),
                doorway.settings.slack().isPresent(), doorway.settings.teams().isPresent(),
                doorway.database::answers));
        web.mount("/metrics", new MetricsServlet(metrics));
        Optional<SlackWiring> slack = SlackWiring.start(doorway, web, NOT_CONNECTED, HomeFacts.none());
        web.start();
        return new Running(doorway, web, slack);
    }

    private static String describe(Doorway doorway) {
        return doorway.database.kind().name().toLowerCase(java.util.Locale.ROOT) + " at "
                + doorway.settings.database().redactedUrl();
    }

    /** Until the dialogue is wired in here (intake issue), chat adapters get this honest answer. */
    private static final Intake NOT_CONNECTED = inbound -> List.of(Reply.Text.of(
            "Hello! Doorway is still being set up, so I cannot help with requests yet."));

    /** A serving Doorway; closing stops the web server first, then the chat adapters, then the database. */
    record Running(Doorway doorway, WebServer web, Optional<SlackWiring> slack) implements AutoCloseable {
        @Override
        public void close() {
            web.close();
            slack.ifPresent(SlackWiring::close);
            doorway.close();
        }
    }
}
