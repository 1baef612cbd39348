package org.doorway.web.admin;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorway.admin.AdminUser;
import org.doorway.admin.Draft;
import org.doorway.admin.Drafts;
import org.doorway.admin.EntryDiff;
import org.doorway.admin.Reviewing;
import org.doorway.admin.Role;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.ToolCodec;

/**
 * The review pages: drafts waiting, one draft's changes with Approve and
 * Reject, and those two decisions (through {@link Reviewing}). Anyone signed
 * in may read them; only admins approve, and not their own draft unless
 * self-approval is on. Thread-safe.
 */
final class ReviewRoutes {
    static final int MAX_LISTED = 500;
    private static final Pattern DRAFT = Pattern.compile("/reviews/(\\d{1,12})(/approve|/reject)?");

    private final Pages pages;
    private final ErrorPages errors;
    private final Supplier<Catalogue> catalogue;
    private final Drafts drafts;
    private final Reviewing reviewing;
    private final ZoneId zone;

    ReviewRoutes(Pages pages, ErrorPages errors, Supplier<Catalogue> catalogue, Drafts drafts, Reviewing reviewing,
            ZoneId zone) {
        this.pages = pages;
        this.errors = errors;
        this.catalogue = catalogue;
        this.drafts = drafts;
        this.reviewing = reviewing;
        this.zone = zone;
    }

    boolean handle(Exchange exchange) throws IOException {
        if (exchange.path().equals("/reviews") && !exchange.post()) {
            list(exchange, "");
            return true;
        }
        Matcher matcher = DRAFT.matcher(exchange.path());
        if (!matcher.matches()) {
            return false;
        }
        long id = Long.parseLong(matcher.group(1));
        String action = matcher.group(2);
        if (action == null && !exchange.post()) {
            Optional<Draft> draft = drafts.pending(id);
            if (draft.isEmpty()) {
                list(exchange, "That draft has already been decided.");
            } else {
                show(exchange, draft.get(), "1".equals(exchange.parameter("saved"))
                        ? "Saved as a draft. Doorway suggests it once another admin approves it." : "", List.of(), 200);
            }
            return true;
        }
        if (action == null || !exchange.post()) {
            return false;
        }
        AdminUser user = exchange.session().orElseThrow().user();
        Reviewing.Outcome outcome = action.equals("/approve") ? reviewing.approve(user, id)
                : reviewing.reject(user, id, exchange.parameter("note"));
        decided(exchange, id, outcome);
        return true;
    }

    private void decided(Exchange exchange, long id, Reviewing.Outcome outcome) throws IOException {
        if (outcome instanceof Reviewing.Outcome.Published published) {
            exchange.redirect("/admin/tools/" + published.version().toolId() + "/history?published="
                    + published.version().number());
        } else if (outcome instanceof Reviewing.Outcome.Rejected) {
            exchange.redirect("/admin/reviews?rejected=1");
        } else if (outcome instanceof Reviewing.Outcome.OwnDraft) {
            errors.show(exchange, 403, "Another admin must approve this",
                    "You saved this draft, so a second admin approves it. Nothing was published.");
        } else if (outcome instanceof Reviewing.Outcome.Overtaken) {
            show(exchange, drafts.pending(id).orElseThrow(), "", List.of("The published entry changed after this draft "
                    + "was made, so it was not published. Reject it, and edit the entry again from what is published now."), 409);
        } else if (outcome instanceof Reviewing.Outcome.Invalid invalid) {
            show(exchange, drafts.pending(id).orElseThrow(), "", invalid.problems().stream()
                    .map(problem -> problem.field() + ": " + problem.problem() + " — " + problem.fix()).toList(), 422);
        } else if (outcome instanceof Reviewing.Outcome.Gone) {
            list(exchange, "That draft has already been decided, so nothing changed.");
        } else {
            errors.forbidden(exchange);
        }
    }

    private void list(Exchange exchange, String notice) throws IOException {
        Catalogue current = catalogue.get();
        List<ReviewList.Row> rows = drafts.allPending(MAX_LISTED).stream().map(draft -> new ReviewList.Row(draft.id(),
                draft.entry().path("name").asText(draft.toolId()), draft.toolId(), draft.newTool(), draft.editor(),
                Dates.when(draft.savedAt(), zone), changes(current, draft).size())).toList();
        String shown = notice.isEmpty() && "1".equals(exchange.parameter("rejected")) ? "Draft rejected; nothing was published." : notice;
        pages.render(exchange.response(), 200, "reviews", Map.of("chrome", exchange.chrome("Reviews", "reviews"),
                "page", new ReviewList(rows, shown)));
    }

    private void show(Exchange exchange, Draft draft, String notice, List<String> problems, int status) throws IOException {
        AdminUser user = exchange.session().orElseThrow().user();
        boolean mayApprove = reviewing.mayApprove(user, draft);
        String whyNot = mayApprove ? "" : !user.role().includes(Role.ADMIN)
                ? "Only an admin can approve drafts." : "You saved this draft, so another admin approves it.";
        ReviewPage page = new ReviewPage(draft.id(), draft.toolId(), draft.entry().path("name").asText(draft.toolId()),
                draft.newTool(), draft.editor(), Dates.when(draft.savedAt(), zone), changes(catalogue.get(), draft),
                mayApprove, user.role().includes(Role.ADMIN) || draft.editedBy(user), whyNot, notice,
                problems);
        pages.render(exchange.response(), status, "review", Map.of("chrome", exchange.chrome("Review: " + page.toolName(),
                "reviews"), "page", page));
    }

    private static List<EntryDiff.Change> changes(Catalogue current, Draft draft) {
        return EntryDiff.between(current.tool(draft.toolId()).map(ToolCodec::toTree).orElse(null), draft.entry());
    }
}
