package org.doorway.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.doorway.conversation.Turns;
import org.doorway.inbox.EventInbox;
import org.doorway.inbox.InboundEvent;
import org.doorway.teams.auth.TokenCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages}: checks the request, records the activity in
 * the inbox, answers at once and leaves the work to the executor. Nothing is processed or stored of a request
 * that fails the check (401 or 403), of a click on a card that is not Doorway's (acknowledged and ignored), or of
 * an activity with neither an id nor a timestamp (400: no key could tell a retry of it from a new one, see
 * {@link EventKeys}).
 */
public final class TeamsEndpoint extends HttpServlet {
    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(TeamsEndpoint.class);
    private static final ObjectMapper json = new ObjectMapper();

    private final transient InboundAuthentication authentication;
    private final transient ActivityHandler handler;
    private final transient CardActions cardActions;
    private final transient Executor executor;
    private final transient EventInbox events;
    private final transient Clock clock;

    TeamsEndpoint(InboundAuthentication authentication, ActivityHandler handler, CardActions cardActions,
            Executor executor, EventInbox events, Clock clock) {
        this.authentication = authentication;
        this.handler = handler;
        this.cardActions = cardActions;
        this.executor = executor;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            answer(response, 413, "activity too large");
            return;
        }
        JsonNode activity;
        try {
            activity = json.readTree(body);
        } catch (IOException notJson) {
            activity = null;
        }
        if (activity == null || !activity.isObject()) {
            // Without a bearer token nothing vouches for the sender: refused as unauthenticated. With one, the
            // token cannot be checked (its claims are matched against the activity's serviceUrl), so the body is
            // the problem.
            String authorization = request.getHeader("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                answer(response, 401, "unauthorized");
                return;
            }
            answer(response, 400, "the body must be a Bot Framework activity (JSON)");
            return;
        }
        InboundActivity parsed = InboundActivity.of(activity);
        TokenCheck check = authentication.check(request.getHeader("Authorization"), parsed.channelId(),
                parsed.serviceUrl());
        if (check instanceof TokenCheck.Unavailable unavailable) {
            log.warn("Teams request not checked, answered 503 for the Bot Framework to send again: {}",
                    unavailable.reason());
            response.setHeader("Retry-After", "30");
            answer(response, 503, "cannot verify requests right now, try again shortly");
            return;
        }
        if (!check.valid()) {
            boolean forbidden = check instanceof TokenCheck.Forbidden;
            log.warn("Teams request refused ({}): {}", forbidden ? 403 : 401, reason(check));
            answer(response, forbidden ? 403 : 401, forbidden ? "forbidden" : "unauthorized");
            return;
        }
        if (parsed.cardAction()) {
            answerCardAction(response, parsed);
            return;
        }
        if (parsed.foreignClick()) {
            log.info("Teams card click in conversation {} ignored: its data is not from a Doorway card",
                    parsed.conversationId());
            accepted(response, parsed);
            return;
        }
        Optional<String> key = EventKeys.of(parsed);
        if (key.isEmpty()) {
            log.info("Teams activity refused (400): it has neither an id nor a timestamp");
            answer(response, 400, "the activity needs an id or a timestamp");
            return;
        }
        InboundEvent event = event(parsed, key.get(), body);
        try {
            if (!events.recordAll(List.of(event)).get(0)) {
                log.debug("Teams activity {} already taken; answering the repeat only", event.key());
                accepted(response, parsed);
                return;
            }
        } catch (RuntimeException unavailable) {
            log.error("Teams activity {} could not be recorded, so it was refused for the Bot Connector to retry",
                    event.key(), unavailable);
            response.setHeader("Retry-After", "5");
            answer(response, 503, "busy, try again shortly");
            return;
        }
        try {
            executor.execute(() -> work(event, parsed));
        } catch (RejectedExecutionException busy) {
            if (event.work().isPresent()) {
                log.warn("Teams activity {} waits in the inbox: the work queue is full, so it will be answered "
                        + "within a minute or two", event.key());
                accepted(response, parsed);
                return;
            }
            response.setHeader("Retry-After", "5");
            answer(response, 503, "busy, try again shortly");
            return;
        }
        accepted(response, parsed);
    }

    /**
     * An {@code Action.Execute} click is answered in this response, with a
     * card for the clicking person alone, so it is worked on here: recorded
     * first (a repeat changes nothing), then taken as a turn.
     */
    private void answerCardAction(HttpServletResponse response, InboundActivity activity) throws IOException {
        Optional<String> key = EventKeys.of(activity);
        if (key.isEmpty()) {
            answer(response, 400, "the activity needs an id or a timestamp");
            return;
        }
        InboundEvent event = InboundEvent.once(key.get(), clock.instant());
        JsonNode body;
        try {
            body = events.recordAll(List.of(event)).get(0) ? cardActions.answer(event, activity)
                    : cardActions.repeated(activity);
        } catch (RuntimeException failure) {
            log.error("Teams card action {} failed; the person was asked to try again", event.key(), failure);
            body = InvokeResponses.message(Turns.APOLOGY);
        }
        response.setStatus(200);
        response.setContentType("application/json;charset=utf-8");
        response.getWriter().write(body.toString());
    }

    /**
     * The activity as the inbox keeps it, recorded before it is answered: a
     * message (text or a card's click) keeps its JSON until the turn that
     * answers it, so a restart in between loses nothing; other activities are
     * only de-duplicated.
     */
    private InboundEvent event(InboundActivity activity, String key, byte[] body) {
        return activity.type().equals("message")
                ? InboundEvent.durable(key, clock.instant(), new String(body, StandardCharsets.UTF_8))
                : InboundEvent.once(key, clock.instant());
    }

    private static void accepted(HttpServletResponse response, InboundActivity activity) throws IOException {
        response.setStatus(activity.type().equals("invoke") ? 200 : 202);
        if (activity.type().equals("invoke")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":200}");
        }
    }

    private void work(InboundEvent event, InboundActivity activity) {
        try {
            handler.handle(event, activity);
        } catch (RuntimeException failure) {
            log.error("Teams activity {} of type {} failed", activity.id(), activity.type(), failure);
        }
    }

    private static String reason(TokenCheck check) {
        return check instanceof TokenCheck.Unauthorized unauthorized ? unauthorized.reason()
                : ((TokenCheck.Forbidden) check).reason();
    }

    private static void answer(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write(message);
    }
}
