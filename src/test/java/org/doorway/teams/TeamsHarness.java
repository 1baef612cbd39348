package org.doorway.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.doorway.TestClock;
import org.doorway.config.TeamsSettings;
import org.doorway.conversation.FrontDesk;
import org.doorway.conversation.TechnologistDesk;
import org.doorway.conversation.Turns;
import org.doorway.conversation.TurnsFixture;
import org.doorway.outbox.OutboxWorker;
import org.doorway.outbox.RetryPolicy;
import org.doorway.store.Database;
import org.doorway.store.JdbiOutbox;
import org.doorway.store.JdbiConversationReferences;
import org.doorway.store.JdbiInboundEvents;
import org.doorway.store.JdbiSentCards;
import org.doorway.store.JdbiSetAside;
import org.doorway.store.SqlTransience;
import org.doorway.store.TestDatabases;
import org.doorway.web.WebServer;

/**
 * Doorway's Teams endpoint on a real Jetty, with a migrated SQLite database,
 * a fake Bot Framework issuer, a fake Bot Connector and a recording intake.
 * Replies go through the real outbox; {@link #post} delivers what is due
 * before it returns, so tests read the fake connector right after.
 */
public final class TeamsHarness implements AutoCloseable {
    public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    public final TestClock clock = new TestClock(NOW);
    public final FakeBotFrameworkIssuer issuer = new FakeBotFrameworkIssuer();
    public final FakeBotConnector connector = new FakeBotConnector();
    public final RecordingIntake intake = new RecordingIntake();
    public final Database database;
    public final JdbiConversationReferences references;
    public final JdbiOutbox outbox;
    public final JdbiInboundEvents inbox;
    public final TeamsAdapter adapter;
    private final OutboxWorker worker;
    private final WebServer web;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public TeamsHarness(Path folder, boolean emulator, TechnologistDesk technologists, Executor executor) {
        database = TestDatabases.sqlite(folder);
        references = new JdbiConversationReferences(database);
        TeamsSettings settings = emulator
                ? new TeamsSettings("emulator", Optional.empty(), Optional.empty(), true)
                : new TeamsSettings(FakeBotFrameworkIssuer.APP_ID, Optional.of("s3cret"), Optional.of("tenant-1"),
                        false);
        outbox = new JdbiOutbox(database, clock);
        inbox = new JdbiInboundEvents(database);
        Turns turns = TurnsFixture.turns(new FrontDesk(intake, technologists), database, inbox,
                new JdbiSetAside(database, inbox), new SqlTransience(), clock);
        TeamsParts parts = new TeamsParts(turns, inbox, references, new JdbiSentCards(database), database, outbox,
                clock, executor, new org.doorway.store.JdbiHandoffMessages(database));
        adapter = TeamsAdapter.create(settings, parts, issuer.metadataUrl(), connector.tokenEndpoint());
        worker = new OutboxWorker(outbox, adapter.courier(), clock, Runnable::run, RetryPolicy.standard(),
                Duration.ofMinutes(2));
        web = new WebServer(0, new SimpleMeterRegistry()).mount(TeamsAdapter.PATH, adapter.endpoint());
        web.start();
    }

    public TeamsHarness(Path folder) {
        this(folder, false, TurnsFixture.noTechnologists(), Runnable::run);
    }

    /** A valid token for an activity from the fake connector. */
    public String token() {
        return issuer.bearer(issuer.claims(NOW).claim("serviceurl", connector.serviceUrl()).build());
    }

    public HttpResponse<String> post(ObjectNode activity) {
        return post(activity.toString(), token());
    }

    /** Delivers every outbox item due now; returns how many were settled. */
    public int deliver() {
        return worker.drain(Duration.ofSeconds(5));
    }

    public HttpResponse<String> post(String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port()
                        + TeamsAdapter.PATH)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            deliver();
            return response;
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    @Override
    public void close() {
        web.close();
        database.close();
        connector.close();
        issuer.close();
    }
}
