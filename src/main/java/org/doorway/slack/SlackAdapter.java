package org.doorway.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.util.http.SlackHttpClient;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.doorway.DoorwayException;
import org.doorway.Transactions;
import org.doorway.config.SlackSettings;
import org.doorway.conversation.Turns;
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
    private volatile SocketModeApp socketMode;

    /** What the adapter needs from the rest of Doorway. */
    public record Parts(Turns turns, EventInbox events, Transactions transactions, Outbox outbox, HomeFacts home,
            Executor executor, Foreground foreground, Clock clock) {}

    public SlackAdapter(SlackSettings settings, Parts parts) {
        this(settings, parts, CONNECT_WITHIN);
    }

    /** As above, waiting at most {@code connectWithin} for the Socket Mode connection. */
    SlackAdapter(SlackSettings settings, Parts parts, Duration connectWithin) {
        this.settings = settings;
        this.connectWithin = connectWithin;
        SlackMethodBudgets budgets = new SlackMethodBudgets(new CallBudgets(parts.clock()));
        Slack slack = slack(slackConfig(settings), budgets);
        this.app = new App(appConfig(settings, slack));
        this.foreground = parts.foreground();
        if (settings.socketMode()) {
            app.use(new ForegroundMiddleware(foreground));
        }
        app.use(new IncompletePayloads());
        MethodsClient client = slack.methods(settings.botToken());
        this.replies = new SlackReplies(parts.outbox(), new BlockKitRenderer());
        this.courier = new SlackCourier(slack, settings.botToken());
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
     * Checks the token with {@code auth.test}, then, in Socket Mode, connects
     * and waits until the connection answers: Bolt connects in the background
     * and would otherwise report success while a firewall keeps Slack out.
     */
    public void start() {
        try {
            app.start();
            if (settings.socketMode()) {
                socketMode = new SocketModeApp(settings.appToken().orElseThrow(),
                        SocketModeClient.Backend.JavaWebSocket, app);
                socketMode.startAsync();
                awaitSocketMode();
                log.info("Slack connected in Socket Mode");
            }
        } catch (Exception failure) {
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            stopReceiving();
            throw new DoorwayException("Slack did not start: " + failure.getMessage() + ". Check SLACK_BOT_TOKEN"
                    + (settings.socketMode() ? " and SLACK_APP_TOKEN" : "") + " and that " + settings.apiUrl()
                    + " is reachable", failure);
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
