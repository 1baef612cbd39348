package org.doorway.web.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.doorway.admin.AdminSession;
import org.doorway.admin.Draft;
import org.doorway.admin.Drafting;
import org.doorway.admin.Drafts;
import org.doorway.admin.EntryVersion;
import org.doorway.admin.ToolFilter;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.FieldProblem;
import org.doorway.catalogue.Lapse;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.ToolCodec;

/**
 * The catalogue pages: the list with its search and filters (htmx swaps in
 * the results as the filters change; without script the form submits), one
 * entry's edit form and the form for a new tool. Saving makes a draft through
 * {@link Drafting}; the review pages publish it. Thread-safe.
 */
final class CatalogueRoutes {
    static final Pattern TOOL = Pattern.compile("/tools/([a-z0-9]+(?:-[a-z0-9]+)*)");
    static final int MAX_ID = 200;
    static final String NEW = "/tools/new";

    private final Pages pages;
    private final ErrorPages errors;
    private final Supplier<Catalogue> catalogue;
    private final Drafting drafting;
    private final Drafts drafts;
    private final Clock clock;
    private final ZoneId zone;

    CatalogueRoutes(Pages pages, ErrorPages errors, Supplier<Catalogue> catalogue, Drafting drafting, Drafts drafts,
            Clock clock, ZoneId zone) {
        this.pages = pages;
        this.errors = errors;
        this.catalogue = catalogue;
        this.drafting = drafting;
        this.drafts = drafts;
        this.clock = clock;
        this.zone = zone;
    }

    boolean handle(Exchange exchange) throws IOException {
        if (exchange.path().equals("/tools") && !exchange.post()) {
            list(exchange);
            return true;
        }
        if (exchange.path().equals(NEW)) {
            if (exchange.post()) {
                save(exchange, Optional.empty());
            } else if (canEdit(exchange)) {
                edit(exchange, blankFor(exchange.parameter("need")), List.of(), "", Optional.empty(), "", 200);
            } else {
                errors.forbidden(exchange);
            }
            return true;
        }
        var matcher = TOOL.matcher(exchange.path());
        if (!matcher.matches() || matcher.group(1).length() > MAX_ID) {
            return false;
        }
        Optional<Tool> tool = catalogue.get().tool(matcher.group(1));
        if (tool.isEmpty()) {
            return false;
        }
        if (exchange.post()) {
            save(exchange, tool);
        } else {
            Optional<Draft> draft = drafts.pendingFor(tool.get().id());
            ToolForm form = ToolForm.of(draft.map(Draft::entry).orElse(ToolCodec.toTree(tool.get())));
            edit(exchange, form, List.of(), EntryVersion.of(tool.get()), tool, "", 200);
        }
        return true;
    }

    private void list(Exchange exchange) throws IOException {
        ToolFilter filter = new ToolFilter(exchange.parameter("q"), exchange.parameter("need"),
                exchange.parameter("support"), "true".equals(exchange.parameter("overdue")),
                protection(exchange.parameter("protection")));
        ToolList list = ToolList.of(catalogue.get(), filter, today(), page(exchange.parameter("page")));
        if (exchange.fragment()) {
            pages.render(exchange.response(), 200, "tool-rows", Map.of("list", list));
        } else {
            pages.render(exchange.response(), 200, "tools", Map.of("chrome", exchange.chrome("Catalogue", "tools"), "list", list,
                    "waiting", drafts.allPending(ReviewRoutes.MAX_LISTED).size()));
        }
    }

    private void save(Exchange exchange, Optional<Tool> stored) throws IOException {
        AdminSession session = exchange.session().orElseThrow();
        if (!canEdit(exchange)) {
            errors.forbidden(exchange);
            return;
        }
        Map<String, String> posted = new HashMap<>();
        exchange.request().getParameterMap().forEach((name, values) -> {
            if (name.length() <= 100 && values.length > 0) {
                posted.put(name, values[0]);
            }
        });
        ToolForm.Parsed parsed = ToolForm.parse(stored.map(Tool::id).orElse(null), posted);
        String version = exchange.parameter("version");
        if (!parsed.tooLong().isEmpty()) {
            edit(exchange, parsed.form(), parsed.tooLong(), version, stored, "", 422);
            return;
        }
        Drafting.Outcome outcome = drafting.propose(session.user(), parsed.form().toTree(),
                stored.map(tool -> version));
        if (outcome instanceof Drafting.Outcome.Drafted drafted) {
            exchange.redirect("/admin/reviews/" + drafted.draftId() + "?saved=1");
        } else if (outcome instanceof Drafting.Outcome.Unchanged) {
            edit(exchange, parsed.form(), List.of(), version, stored, "Nothing had changed, so nothing was saved.", 200);
        } else if (outcome instanceof Drafting.Outcome.Invalid invalid) {
            edit(exchange, parsed.form(), invalid.problems(), version, stored, "", 422);
        } else if (outcome instanceof Drafting.Outcome.Overtaken overtaken) {
            edit(exchange, ToolForm.of(ToolCodec.toTree(overtaken.current())), List.of(), EntryVersion.of(overtaken.current()),
                    Optional.of(overtaken.current()), "Someone else published this entry while you were editing it, so "
                    + "your changes were not saved. This is the published version: make your changes again.", 409);
        } else if (outcome instanceof Drafting.Outcome.NotAllowed) {
            errors.forbidden(exchange);
        } else {
            exchange.redirect("/admin/tools");
        }
    }

    private void edit(Exchange exchange, ToolForm form, List<FieldProblem> problems, String version,
            Optional<Tool> stored, String notice, int status) throws IOException {
        String title = stored.map(Tool::name).orElse("New tool");
        Optional<Draft> draft = stored.flatMap(tool -> drafts.pendingFor(tool.id()));
        String lapse = stored.flatMap(tool -> Lapse.of(tool, today())).map(Lapse::line).orElse("");
        ToolEditPage page = ToolEditPage.of(form, problems, version, catalogue.get().needs(), notice, canEdit(exchange))
                .about(stored.isEmpty(), draft.map(found -> new ToolEditPage.Waiting(found.id(), found.editor(),
                        Dates.when(found.savedAt(), zone))).orElse(null), lapse);
        pages.render(exchange.response(), status, "tool-edit", Map.of("chrome", exchange.chrome(title, "tools"), "page", page));
    }

    private boolean canEdit(Exchange exchange) {
        return exchange.session().orElseThrow().user().role().canEditCatalogue();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private static int page(String text) {
        try {
            return Math.max(1, Math.min(1_000_000, Integer.parseInt(text)));
        } catch (NumberFormatException none) {
            return 1;
        }
    }

    private static ToolFilter.Protection protection(String text) {
        for (ToolFilter.Protection protection : ToolFilter.Protection.values()) {
            if (protection.name().equalsIgnoreCase(text)) {
                return protection;
            }
        }
        return ToolFilter.Protection.ANY;
    }

    /** The new-tool form, with {@code ?need=} (a need the catalogue knows) chosen in its first row. */
    private ToolForm blankFor(String needId) {
        return needId != null && catalogue.get().need(needId).isPresent() ? ToolForm.forNeed(needId) : ToolForm.blank();
    }
}
