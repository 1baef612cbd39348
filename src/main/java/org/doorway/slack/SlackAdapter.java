package org.doorway.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.util.http.SlackHttpClient;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.doorway.DoorwayException;
import org.doorway.Transactions;
import org.doorway.config.SlackSettings;
import org.doorway.health.Probe;
import org.doorway.health.ProbeResult;
import org.doorway.conversation.Turns;
import org.doorway.handoff.HandoffMessages;
import org.doorway.inbox.EventInbox;
import org.doorway.inbox.Foreground;
import org.doorway.inbox.GroupCommit;
import org.doorway.inbox.Redelivery;
import org.doorway.outbox.Outbox;
import org.doorway.ratelimit.CallBudgets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Doorway's Slack app: a Bolt {@link App} with Doorway's listeners, served
 * either over HTTP ({@link #servlet()} at {@code /slack/events}, one URL for
 * events, interactivity and the slash command) or over Socket Mode when an
 * app-level token is set. Web API calls go to {@link SlackSettings#apiUrl()}.
 */
public final class SlackAdapter implements AutoCloseable {
    public static final String PATH = "/slack/events";
    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);
    private static final int API_TIMEOUT_MILLIS = 10_000;
    private static final Duration CONNECT_WITHIN = Duration.ofSeconds(10);
    private static final long CONNECT_POLL_MILLIS = 20;
    /** How long a request thread waits for its event to be recorded: well inside Slack's 3 s. */
    private static final Duration RECORD_WITHIN = Duration.ofMillis(2_000);

    private final SlackSettings settings;
    private final App app;
    private final SlackReplies replies;
    private final SlackCourier courier;
    private final GroupCommit recorder;
    private final SlackInbox inbox;
    private final EventInbox events;
    private final Clock clock;
    private final Foreground foreground;
    private final Duration connectWithin;
    private final BotIdentity identity = new BotIdentity();
    private final SlackTokenProbe tokenProbe;
    private volatile SocketModeApp socketMode;
    private volatile boolean stopped;

    /** What the adapter needs from the rest of Doorway. */
    public record Parts(Turns turns, EventInbox events, Transactions transactions, Outbox outbox, HomeFacts home,
            Executor executor, Foreground foreground, Clock clock, HandoffMessages handoffMessages) {}

    public SlackAdapter(SlackSettings settings, Parts parts) {
        this(settings, parts, CONNECT_WITHIN);
    }

    /** As above, waiting at most {@code connectWithin} for the Socket Mode connection. */
    SlackAdapter(SlackSettings settings, Parts parts, Duration connectWithin) {
        this.settings = settings;
        this.connectWithin = connectWithin;
        SlackMethodBudgets budgets = new SlackMethodBudgets(new CallBudgets(parts.clock()));
        Slack slack = slack(slackConfig(settings), budgets);
        this.app = new App(appConfig(settings, slack), middleware(settings, identity));
        this.foreground = parts.foreground();
        if (settings.socketMode()) {
            app.use(new ForegroundMiddleware(foreground));
        }
        app.use(new IncompletePayloads());
        MethodsClient client = slack.methods(settings.botToken());
        this.tokenProbe = new SlackTokenProbe(client, identity, settings.apiUrl());
        this.replies = new SlackReplies(parts.outbox(), new BlockKitRenderer());
        AppHomeView homeView = new AppHomeView();
        this.courier = new SlackCourier(slack, settings.botToken(), parts.handoffMessages(), parts.clock(),
                userId -> homeView.json(parts.home().pageFor(userId)));
        SlackDirectory directory = new SlackDirectory(client, budgets, Duration.ofHours(1), 10_000);
        this.events = parts.events();
        this.clock = parts.clock();
        this.recorder = new GroupCommit(parts.events(), RECORD_WITHIN, "slack-inbox");
        this.inbox = new SlackInbox(recorder, parts.turns(), replies, directory, parts.executor(), foreground,
                parts.clock());
        SlackHome home = new SlackHome(parts.home(), replies, parts.transactions(), parts.turns(), client);
        HandoffClicks handoffs = new HandoffClicks(parts.turns(), replies, parts.transactions(), client);
        new SlackListeners(inbox, home, handoffs, parts.turns().desk()).register(app);
    }

    /** Bolt's calls, the typed client's and the outbox's all share one HTTP client, and so one budget per method. */
    private static Slack slack(SlackConfig config, SlackMethodBudgets budgets) {
        SlackHttpClient http = new SlackHttpClient(SlackHttpClient.buildOkHttpClient(config).newBuilder()
                .addInterceptor(budgets).build());
        http.setConfig(config);
        return Slack.getInstance(config, http);
    }

    private static SlackConfig slackConfig(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setHttpClientReadTimeoutMillis(API_TIMEOUT_MILLIS);
        config.setHttpClientCallTimeoutMillis(API_TIMEOUT_MILLIS);
        config.setStatsEnabled(false);
        return config;
    }

    private static AppConfig appConfig(SlackSettings settings, Slack slack) {
        return AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret().orElse(null))
                .requestVerificationEnabled(!settings.socketMode())
                .subtypedMessageEventsAutoAckEnabled(true)
                .allEventsApiAutoAckEnabled(true)
                .unmatchedRequestHandler(request -> Response.ok())
                .build();
    }

    /**
     * Bolt's middleware without the parts that call Slack on the ack path: its
     * authorization (see {@link DeferredAuthorization}) and its "ignore the
     * bot's own events" check, which asks {@code bots.info} for each bot
     * message it has not seen; Doorway's listeners ignore every bot's messages.
     */
    private static List<Middleware> middleware(SlackSettings settings, BotIdentity identity) {
        DeferredAuthorization authorization = new DeferredAuthorization(settings.botToken(), identity);
        List<Middleware> middleware = new ArrayList<>(); // Bolt adds to it with app.use
        if (!settings.socketMode()) {
            middleware.add(new RequestVerification(new SlackSignature.Verifier(
                    new SlackSignature.Generator(settings.signingSecret().orElseThrow()))));
        }
        middleware.add(authorization);
        return middleware;
    }

    /**
     * The HTTP endpoint to mount at {@link #PATH}; empty in Socket Mode. Each
     * request counts as foreground work from the moment it is read, so work
     * after acks gives way to it (in Socket Mode a Bolt middleware counts).
     */
    public Optional<HttpServlet> servlet() {
        // Signatures are checked against wall time, as Slack dates them, not against the injected clock.
        return settings.socketMode() ? Optional.empty() : Optional.of(new ForegroundServlet(new SlackEndpoint(app,
                new SignedRequests(settings.signingSecret().orElseThrow(), Clock.systemUTC())), foreground));
    }

    /** Delivers this adapter's outbox items. */
    public SlackCourier courier() {
        return courier;
    }

    /** Answers Slack events that waited in the inbox longer than {@code grace}; run it as a leased job. */
    public Redelivery redelivery(Duration grace) {
        return new Redelivery(events, SlackInbox.KEY_PREFIX, clock, grace, inbox::redeliver);
    }

    /** For other features' wiring (handoff, follow-up) to send replies to Slack users and group DMs. */
    public SlackReplies replies() {
        return replies;
    }

    /**
     * Starts Bolt without calling Slack, so that a Slack outage at deploy time
     * cannot stop Doorway: the token check and, in Socket Mode, the connection
     * are the {@link #probe()}'s, run in the background and retried.
     */
    public void start() {
        try {
            app.start();
        } catch (Exception failure) {
            throw new DoorwayException("Slack's app did not start: " + failure.getMessage(), failure);
        }
    }

    /**
     * A look at Slack for the health report: the token ({@code auth.test}) and,
     * in Socket Mode, the connection, opened when there is none. Bolt connects
     * in the background and would report success while a firewall keeps Slack
     * out, so the look waits until the connection answers. Never call it on a
     * request's path.
     */
    public Probe probe() {
        return () -> ProbeResult.all(tokenProbe, this::socketModeProbe);
    }

    private synchronized ProbeResult socketModeProbe() {
        if (!settings.socketMode() || stopped) {
            return new ProbeResult.Reachable(settings.socketMode() ? "stopping" : "events at " + PATH);
        }
        if (socketMode != null) {
            SocketModeClient client = socketMode.getClient();
            return client != null && client.verifyConnection() ? new ProbeResult.Reachable("connected in Socket Mode")
                    : new ProbeResult.Unreachable("the Socket Mode connection dropped; Bolt is reconnecting");
        }
        try {
            // Ask for a connection URL first: SocketModeApp logs that failure with a stack trace and carries on
            // without a client, where here it is one line in the health report and the log.
            var opened = openConnection();
            if (!opened.isOk()) {
                throw new IllegalStateException("apps.connections.open answered " + opened.getError());
            }
            socketMode = new SocketModeApp(settings.appToken().orElseThrow(), SocketModeClient.Backend.JavaWebSocket,
                    app);
            socketMode.startAsync();
            awaitSocketMode();
            log.info("Slack connected in Socket Mode");
            return new ProbeResult.Reachable("connected in Socket Mode");
        } catch (Exception failure) {
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            closeSocketMode();
            String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            if (reason.contains("invalid_auth") || reason.contains("not_allowed_token_type")) {
                return new ProbeResult.Refused("Slack refused SLACK_APP_TOKEN (" + reason + "): create an app-level "
                        + "token (xapp-…) with connections:write under Basic Information");
            }
            return new ProbeResult.Unreachable("no Socket Mode connection: " + reason);
        }
    }

    private com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse openConnection()
            throws IOException {
        try {
            return app.slack().methods(settings.appToken().orElseThrow()).appsConnectionsOpen(request -> request);
        } catch (com.slack.api.methods.SlackApiException failed) {
            throw new IOException("apps.connections.open answered HTTP " + failed.getResponse().code(), failed);
        }
    }

    private void awaitSocketMode() throws InterruptedException {
        long deadline = System.nanoTime() + connectWithin.toNanos();
        SocketModeClient client = socketMode.getClient();
        if (client == null) {
            throw new IllegalStateException("Bolt made no Socket Mode client (see the log above)");
        }
        while (!client.verifyConnection()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no Socket Mode connection to " + client.getWssUri().getHost()
                        + " within " + connectWithin.toSeconds() + " s (is outbound WebSocket, wss on port 443, "
                        + "allowed?)");
            }
            Thread.sleep(CONNECT_POLL_MILLIS);
        }
    }

    /**
     * Stops taking Slack's requests: in Socket Mode, closes the connection so
     * Slack sends to Doorway's other instances (over HTTP the web server stops
     * taking them). Call before draining the work after acks.
     */
    public void stopReceiving() {
        stopped = true;
        closeSocketMode();
    }

    private synchronized void closeSocketMode() {
        if (socketMode == null) {
            return;
        }
        try {
            // Bolt's stop() only disconnects when the socket still answers a ping within 3 s, and its close()
            // drops the client without closing it; closing the client first always disconnects, turns off its
            // automatic reconnection and ends its threads.
            SocketModeClient client = socketMode.getClient();
            if (client != null) {
                client.close();
            }
            socketMode.close();
        } catch (Exception failure) {
            log.warn("Slack Socket Mode did not stop cleanly: {}", failure.getMessage());
        } finally {
            socketMode = null;
        }
    }

    @Override
    public void close() {
        stopReceiving();
        recorder.close();
        try {
            app.stop();
        } catch (Exception failure) {
            log.warn("Slack did not stop cleanly: {}", failure.getMessage());
        }
    }
}
