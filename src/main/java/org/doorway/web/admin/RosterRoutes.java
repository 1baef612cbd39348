package org.doorway.web.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorway.admin.AdminUser;
import org.doorway.admin.ClosureEditing;
import org.doorway.admin.Role;
import org.doorway.admin.RosterEditing;
import org.doorway.handoff.Roster;
import org.doorway.handoff.Technologist;
import org.doorway.handoff.roster.EntryFields;
import org.doorway.handoff.roster.RosterProblem;

/**
 * The roster pages: the list with the closure dates, one technologist's form
 * (saved through {@link RosterEditing}), adding a technologist, and adding or
 * removing a closure (through {@link ClosureEditing}). Thread-safe.
 */
final class RosterRoutes {
    private static final Pattern ONE = Pattern.compile("/roster/([^/]{1,320})");
    private static final Pattern CLOSURE = Pattern.compile("/roster/closures/(\\d{1,18})/remove");

    private final Pages pages;
    private final ErrorPages errors;
    private final Roster roster;
    private final Roster routed;
    private final RosterEditing editing;
    private final ClosureEditing closures;
    private final Clock clock;
    private final ZoneId zone;

    RosterRoutes(Pages pages, ErrorPages errors, Roster roster, Roster routed, RosterEditing editing,
            ClosureEditing closures, Clock clock, ZoneId zone) {
        this.pages = pages;
        this.errors = errors;
        this.roster = roster;
        this.routed = routed;
        this.editing = editing;
        this.closures = closures;
        this.clock = clock;
        this.zone = zone;
    }

    boolean handle(Exchange exchange) throws IOException {
        String path = exchange.path();
        AdminUser user = exchange.session().orElseThrow().user();
        if (path.equals("/roster") && !exchange.post()) {
            list(exchange, "", null);
        } else if (path.equals("/roster/closures") && exchange.post()) {
            addClosure(exchange, user);
        } else if (CLOSURE.matcher(path).matches() && exchange.post()) {
            Matcher matcher = CLOSURE.matcher(path);
            matcher.matches();
            removeClosure(exchange, user, Long.parseLong(matcher.group(1)));
        } else if (path.equals("/roster/new")) {
            if (user.role() != Role.ADMIN) {
                errors.forbidden(exchange);
            } else if (exchange.post()) {
                add(exchange, user);
            } else {
                show(exchange, RosterEditPage.of("", blank(), List.of(), "", "", true, true), 200);
            }
        } else if (ONE.matcher(path).matches()) {
            Matcher matcher = ONE.matcher(path);
            matcher.matches();
            return one(exchange, user, matcher.group(1));
        } else {
            return false;
        }
        return true;
    }

    private boolean one(Exchange exchange, AdminUser user, String id) throws IOException {
        Optional<Technologist> stored = roster.find(id);
        if (stored.isEmpty()) {
            return false;
        }
        if (!exchange.post()) {
            show(exchange, page(user, stored.get(), List.of(), ""), 200);
            return true;
        }
        if (!RosterEditing.mayEdit(user, id)) {
            errors.forbidden(exchange);
            return true;
        }
        EntryFields posted = RosterForm.parse(exchange);
        RosterEditing.Outcome outcome = editing.update(user, id, posted, exchange.parameter("version"));
        if (outcome instanceof RosterEditing.Outcome.Saved saved) {
            RosterEditPage page = page(user, saved.technologist(), saved.warnings(),
                    "Saved. Doorway routes requests with this from now on.");
            show(exchange, page, 200);
        } else if (outcome instanceof RosterEditing.Outcome.Unchanged unchanged) {
            show(exchange, page(user, unchanged.technologist(), List.of(), "Nothing had changed, so nothing was saved."),
                    200);
        } else if (outcome instanceof RosterEditing.Outcome.Invalid invalid) {
            EntryFields shown = user.role() == Role.ADMIN ? posted : EntryFields.of(stored.get()).withOwnPartOf(posted);
            show(exchange, RosterEditPage.of(id, shown, invalid.problems(), exchange.parameter("version"), "",
                    user.role() == Role.ADMIN, true), 422);
        } else if (outcome instanceof RosterEditing.Outcome.Overtaken overtaken) {
            show(exchange, page(user, overtaken.current(), List.of(), "Someone changed this entry while you were "
                    + "editing it (in the console, in chat or by an import), so your changes were not saved. "
                    + "This is the entry now: make your changes again."), 409);
        } else if (outcome instanceof RosterEditing.Outcome.NotAllowed) {
            errors.forbidden(exchange);
        } else {
            return false;
        }
        return true;
    }

    private void add(Exchange exchange, AdminUser user) throws IOException {
        EntryFields posted = RosterForm.parse(exchange);
        RosterEditing.Outcome outcome = editing.add(user, posted);
        if (outcome instanceof RosterEditing.Outcome.Saved saved) {
            show(exchange, page(user, saved.technologist(), saved.warnings(),
                    "Added. Doorway can route requests to " + saved.technologist().name() + " from now on."), 201);
        } else if (outcome instanceof RosterEditing.Outcome.Invalid invalid) {
            show(exchange, RosterEditPage.of("", posted, invalid.problems(), "", "", true, true), 422);
        } else {
            errors.forbidden(exchange);
        }
    }

    private void addClosure(Exchange exchange, AdminUser user) throws IOException {
        String from = exchange.parameter("from");
        String to = exchange.parameter("to");
        String name = exchange.parameter("name");
        ClosureEditing.Outcome outcome = closures.add(user, from, to, name);
        if (outcome instanceof ClosureEditing.Outcome.Added added) {
            list(exchange, "Closure added: nobody is offered requests from " + added.closure().from() + " to "
                    + added.closure().to() + ".", null);
        } else if (outcome instanceof ClosureEditing.Outcome.Invalid invalid) {
            list(exchange, "", page -> page.withClosureForm(invalid.problems(), from, to, name));
        } else {
            errors.forbidden(exchange);
        }
    }

    private void removeClosure(Exchange exchange, AdminUser user, long id) throws IOException {
        ClosureEditing.Outcome outcome = closures.remove(user, id);
        if (outcome instanceof ClosureEditing.Outcome.NotAllowed) {
            errors.forbidden(exchange);
        } else {
            list(exchange, outcome instanceof ClosureEditing.Outcome.Removed removed
                    ? "Closure removed: " + removed.closure().name() + "." : "That closure was already removed.", null);
        }
    }

    private void list(Exchange exchange, String notice, UnaryOperator<RosterPage> form)
            throws IOException {
        RosterPage page = RosterPage.of(routed.all(), closures.all(), exchange.session().orElseThrow().user(),
                clock.instant(), notice);
        if (form != null) {
            page = form.apply(page);
        }
        int status = page.closureProblems().isEmpty() ? 200 : 422;
        pages.render(exchange.response(), status, "roster", Map.of("chrome", exchange.chrome("Roster", "roster"),
                "page", page));
    }

    private RosterEditPage page(AdminUser user, Technologist technologist, List<RosterProblem> warnings, String notice) {
        return RosterEditPage.of(technologist.id(), EntryFields.of(technologist), warnings,
                RosterEditing.version(technologist), notice, user.role() == Role.ADMIN,
                RosterEditing.mayEdit(user, technologist.id()));
    }

    private void show(Exchange exchange, RosterEditPage page, int status) throws IOException {
        String title = page.isNew() ? "New technologist" : page.fields().name();
        pages.render(exchange.response(), status, "roster-edit", Map.of("chrome", exchange.chrome(title, "roster"),
                "page", page));
    }

    private EntryFields blank() {
        return new EntryFields("", "", zone.getId(), "", "", Map.of("mon", "09:00-17:00", "tue", "09:00-17:00",
                "wed", "09:00-17:00", "thu", "09:00-17:00", "fri", "09:00-17:00"), List.of(), List.of(), "4", true);
    }
}
