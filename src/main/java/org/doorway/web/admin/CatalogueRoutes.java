package org.doorway.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.doorway.admin.EntryEditing;
import org.doorway.admin.EntryVersion;
import org.doorway.admin.ToolFilter;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.FieldProblem;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.ToolCodec;

/**
 * The catalogue pages: the list with its search and filters (htmx swaps in
 * the results as the filters change; without script the form submits), and
 * one entry's edit form, saved through {@link EntryEditing}. Thread-safe.
 */
final class CatalogueRoutes {
    private static final Pattern TOOL = Pattern.compile("/tools/([a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final int MAX_ID = 200;

    private final Pages pages;
    private final ErrorPages errors;
    private final Supplier<Catalogue> catalogue;
    private final EntryEditing editing;
    private final Clock clock;
    private final ZoneId zone;

    CatalogueRoutes(Pages pages, ErrorPages errors, Supplier<Catalogue> catalogue, EntryEditing editing, Clock clock,
            ZoneId zone) {
        this.pages = pages;
        this.errors = errors;
        this.catalogue = catalogue;
        this.editing = editing;
        this.clock = clock;
        this.zone = zone;
    }

    boolean handle(Exchange exchange) throws IOException {
        if (exchange.path().equals("/tools") && !exchange.post()) {
            list(exchange);
            return true;
        }
        var matcher = TOOL.matcher(exchange.path());
        if (!matcher.matches() || matcher.group(1).length() > MAX_ID) {
            return false;
        }
        String id = matcher.group(1);
        Optional<Tool> tool = catalogue.get().tool(id);
        if (tool.isEmpty()) {
            return false;
        }
        if (exchange.post()) {
            save(exchange, tool.get());
        } else {
            edit(exchange, ToolForm.of(ToolCodec.toTree(tool.get())), List.of(), EntryVersion.of(tool.get()), tool.get(), "", 200);
        }
        return true;
    }

    private void list(Exchange exchange) throws IOException {
        ToolFilter filter = new ToolFilter(exchange.parameter("q"), exchange.parameter("need"),
                exchange.parameter("support"), "true".equals(exchange.parameter("overdue")),
                protection(exchange.parameter("protection")));
        ToolList list = ToolList.of(catalogue.get(), filter, LocalDate.now(clock.withZone(zone)), page(exchange.parameter("page")));
        if (exchange.fragment()) {
            pages.render(exchange.response(), 200, "tool-rows", Map.of("list", list));
        } else {
            pages.render(exchange.response(), 200, "tools", Map.of("chrome", exchange.chrome("Catalogue", "tools"), "list", list));
        }
    }

    private void save(Exchange exchange, Tool stored) throws IOException {
        AdminSession session = exchange.session().orElseThrow();
        if (!session.user().role().canEditCatalogue()) {
            errors.forbidden(exchange);
            return;
        }
        Map<String, String> posted = new HashMap<>();
        exchange.request().getParameterMap().forEach((name, values) -> {
            if (name.length() <= 100 && values.length > 0) {
                posted.put(name, values[0]);
            }
        });
        ToolForm.Parsed parsed = ToolForm.parse(stored.id(), posted);
        String version = exchange.parameter("version");
        if (!parsed.tooLong().isEmpty()) {
            edit(exchange, parsed.form(), parsed.tooLong(), version, stored, "", 422);
            return;
        }
        JsonNode caseStudies = ToolCodec.toTree(stored).get("case-studies");
        EntryEditing.Outcome outcome = editing.update(session.user(), stored.id(), parsed.form().toTree(caseStudies), version);
        if (outcome instanceof EntryEditing.Outcome.Saved saved) {
            edit(exchange, ToolForm.of(ToolCodec.toTree(saved.tool())), List.of(), EntryVersion.of(saved.tool()), saved.tool(),
                    "Saved. Doorway suggests the new version from now on.", 200);
        } else if (outcome instanceof EntryEditing.Outcome.Unchanged unchanged) {
            edit(exchange, parsed.form(), List.of(), version, unchanged.tool(), "Nothing had changed, so nothing was saved.", 200);
        } else if (outcome instanceof EntryEditing.Outcome.Invalid invalid) {
            edit(exchange, parsed.form(), invalid.problems(), version, stored, "", 422);
        } else if (outcome instanceof EntryEditing.Outcome.Overtaken overtaken) {
            edit(exchange, ToolForm.of(ToolCodec.toTree(overtaken.current())), List.of(), EntryVersion.of(overtaken.current()),
                    overtaken.current(), "Someone else saved this entry while you were editing it, so your changes were "
                    + "not saved. This is their version: make your changes again.", 409);
        } else if (outcome instanceof EntryEditing.Outcome.NotAllowed) {
            errors.forbidden(exchange);
        } else {
            exchange.redirect("/admin/tools");
        }
    }

    private void edit(Exchange exchange, ToolForm form, List<FieldProblem> problems, String version,
            Tool stored, String notice, int status) throws IOException {
        AdminSession session = exchange.session().orElseThrow();
        ToolEditPage page = ToolEditPage.of(form, problems, version, catalogue.get().needs(), stored.caseStudies().size(),
                notice, session.user().role().canEditCatalogue());
        pages.render(exchange.response(), status, "tool-edit", Map.of("chrome", exchange.chrome(stored.name(), "tools"), "page", page));
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
}
