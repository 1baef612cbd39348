package org.doorway.web.admin;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorway.admin.AdminUser;
import org.doorway.admin.Learning;
import org.doorway.catalogue.Catalogue;
import org.doorway.handoff.HandoffService;
import org.doorway.handoff.Transfer;
import org.doorway.handoff.Roster;

/**
 * The queues: open handoffs with "Give to…" (through the handoff core's
 * {@link HandoffService#reassign}, so both people are told as in chat), and
 * what Doorway did not understand, each message one click from an example
 * phrasing or a new catalogue entry. Thread-safe.
 */
final class QueueRoutes {
    static final int SHOWN = 200;
    private static final Pattern REASSIGN = Pattern.compile("/queues/handoffs/(\\d{1,18})/reassign");
    private static final Pattern UNCLEAR = Pattern.compile("/queues/unclear/(\\d{1,18})/(phrasing|new-tool|dismiss)");

    private final Pages pages;
    private final ErrorPages errors;
    private final HandoffService handoffs;
    private final Roster roster;
    private final Learning learning;
    private final Supplier<Catalogue> catalogue;
    private final Clock clock;
    private final ZoneId zone;

    QueueRoutes(Pages pages, ErrorPages errors, HandoffService handoffs, Roster roster, Learning learning,
            Supplier<Catalogue> catalogue, Clock clock, ZoneId zone) {
        this.pages = pages;
        this.errors = errors;
        this.handoffs = handoffs;
        this.roster = roster;
        this.learning = learning;
        this.catalogue = catalogue;
        this.clock = clock;
        this.zone = zone;
    }

    boolean handle(Exchange exchange) throws IOException {
        String path = exchange.path();
        AdminUser user = exchange.session().orElseThrow().user();
        Matcher reassign = REASSIGN.matcher(path);
        Matcher unclear = UNCLEAR.matcher(path);
        if ((path.equals("/queues") || path.equals("/queues/handoffs")) && !exchange.post()) {
            handoffQueue(exchange, user, "", 200);
        } else if (path.equals("/queues/unclear") && !exchange.post()) {
            unclearQueue(exchange, user, "", 200);
        } else if (reassign.matches() && exchange.post()) {
            reassign(exchange, user, reassign.group(1));
        } else if (unclear.matches() && exchange.post()) {
            act(exchange, user, Long.parseLong(unclear.group(1)), unclear.group(2));
        } else {
            return false;
        }
        return true;
    }

    private void reassign(Exchange exchange, AdminUser user, String handoffId) throws IOException {
        if (!user.role().canEditCatalogue()) {
            errors.forbidden(exchange);
            return;
        }
        String to = exchange.parameter("to");
        if (to == null || to.isBlank()) {
            handoffQueue(exchange, user, "Choose who should have it, then press Give.", 422);
            return;
        }
        Transfer outcome = handoffs.reassign(handoffId, to, user.email());
        String notice;
        int status = 200;
        if (outcome instanceof Transfer.Done done) {
            notice = "Handoff " + handoffId + " is now with " + done.to().name() + ", who has the summary; "
                    + done.handoff().request().staffName() + " has been told.";
        } else {
            notice = ((Transfer.Refused) outcome).reason();
            status = 409;
        }
        handoffQueue(exchange, user, notice, status);
    }

    private void act(Exchange exchange, AdminUser user, long requestId, String action) throws IOException {
        if (!user.role().canEditCatalogue()) {
            errors.forbidden(exchange);
            return;
        }
        Learning.Outcome outcome = switch (action) {
            case "phrasing" -> learning.addPhrasing(user, requestId, exchange.parameter("need"), exchange.parameter("text"));
            case "new-tool" -> learning.setAside(user, requestId, Learning.NEW_TOOL);
            default -> learning.setAside(user, requestId, Learning.DISMISS);
        };
        if (outcome instanceof Learning.Outcome.Done && action.equals("new-tool")) {
            exchange.redirect("/admin/tools/new?need=" + URLEncoder.encode(exchange.parameter("need"), StandardCharsets.UTF_8));
        } else if (outcome instanceof Learning.Outcome.Done) {
            unclearQueue(exchange, user, action.equals("phrasing") ? "Kept as an example phrasing of "
                    + needName(exchange.parameter("need")) + ". The classifier learns it when Doorway next starts."
                    : "Set aside.", 200);
        } else if (outcome instanceof Learning.Outcome.Invalid invalid) {
            unclearQueue(exchange, user, "Nothing was kept: " + invalid.problem() + ".", 422);
        } else if (outcome instanceof Learning.Outcome.Gone) {
            unclearQueue(exchange, user, "Someone dealt with that message already.", 409);
        } else {
            errors.forbidden(exchange);
        }
    }

    private void handoffQueue(Exchange exchange, AdminUser user, String notice, int status) throws IOException {
        HandoffQueue queue = HandoffQueue.of(handoffs.open(SHOWN), roster.all(), clock.instant(), zone, notice,
                status >= 400, user.role().canEditCatalogue());
        pages.render(exchange.response(), status, "queue-handoffs",
                Map.of("chrome", exchange.chrome("Open handoffs", "queues"), "queue", queue));
    }

    private void unclearQueue(Exchange exchange, AdminUser user, String notice, int status) throws IOException {
        UnclearPage page = UnclearPage.of(learning.unclear(SHOWN), catalogue.get().needs(), zone, notice,
                user.role().canEditCatalogue());
        pages.render(exchange.response(), status, "queue-unclear",
                Map.of("chrome", exchange.chrome("Not understood", "unclear"), "page", page));
    }

    private String needName(String needId) {
        return catalogue.get().need(needId).map(need -> need.name()).orElse(needId);
    }
}
