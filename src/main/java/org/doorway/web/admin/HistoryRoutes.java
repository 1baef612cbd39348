package org.doorway.web.admin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.ZoneId;
import org.doorway.admin.EntryDiff;
import org.doorway.admin.PublishedVersion;
import org.doorway.admin.Role;
import org.doorway.admin.Rollback;
import org.doorway.admin.Versions;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.ToolCodec;

/**
 * An entry's history: every published version with its changes, and the
 * one-click restore of an old version (admins only, through
 * {@link Rollback}). Thread-safe.
 */
final class HistoryRoutes {
    private static final Pattern HISTORY = Pattern.compile(CatalogueRoutes.TOOL.pattern() + "/history(?:/(\\d{1,9})/restore)?");

    private final Pages pages;
    private final ErrorPages errors;
    private final Supplier<Catalogue> catalogue;
    private final Versions versions;
    private final Rollback rollback;
    private final ZoneId zone;

    HistoryRoutes(Pages pages, ErrorPages errors, Supplier<Catalogue> catalogue, Versions versions, Rollback rollback,
            ZoneId zone) {
        this.pages = pages;
        this.errors = errors;
        this.catalogue = catalogue;
        this.versions = versions;
        this.rollback = rollback;
        this.zone = zone;
    }

    boolean handle(Exchange exchange) throws IOException {
        Matcher matcher = HISTORY.matcher(exchange.path());
        if (!matcher.matches() || matcher.group(1).length() > CatalogueRoutes.MAX_ID) {
            return false;
        }
        Optional<Tool> tool = catalogue.get().tool(matcher.group(1));
        if (tool.isEmpty() || (matcher.group(2) == null) == exchange.post()) {
            return false;
        }
        if (matcher.group(2) == null) {
            String published = exchange.parameter("published");
            String restored = exchange.parameter("restored");
            String notice = !published.isEmpty() ? "Published as version " + published + ". Doorway suggests it from now on."
                    : !restored.isEmpty() ? "Restored as version " + restored + ". Doorway suggests it from now on." : "";
            show(exchange, tool.get(), notice, List.of(), 200);
            return true;
        }
        Rollback.Outcome outcome = rollback.restore(exchange.session().orElseThrow().user(), tool.get().id(),
                Integer.parseInt(matcher.group(2)));
        if (outcome instanceof Rollback.Outcome.Restored restored) {
            exchange.redirect("/admin/tools/" + tool.get().id() + "/history?restored=" + restored.version().number());
        } else if (outcome instanceof Rollback.Outcome.Unchanged) {
            show(exchange, tool.get(), "That version is the one published now, so nothing changed.", List.of(), 200);
        } else if (outcome instanceof Rollback.Outcome.Invalid invalid) {
            show(exchange, tool.get(), "", invalid.problems().stream().map(problem -> "Version " + matcher.group(2)
                    + " cannot be restored: " + problem.field() + ": " + problem.problem() + " — " + problem.fix()).toList(), 422);
        } else if (outcome instanceof Rollback.Outcome.Missing) {
            errors.notFound(exchange);
        } else {
            errors.forbidden(exchange);
        }
        return true;
    }

    private void show(Exchange exchange, Tool tool, String notice, List<String> problems, int status) throws IOException {
        List<PublishedVersion> kept = versions.of(tool.id());
        var live = ToolCodec.toTree(tool);
        List<HistoryPage.Shown> shown = new ArrayList<>();
        for (int i = kept.size() - 1; i >= 0; i--) {
            PublishedVersion version = kept.get(i);
            shown.add(new HistoryPage.Shown(version.number(), how(version), who(version), Dates.when(version.at(), zone),
                    i == 0 ? List.of() : EntryDiff.between(kept.get(i - 1).entry(), version.entry()),
                    i == kept.size() - 1 && version.entry().equals(live)));
        }
        boolean admin = exchange.session().orElseThrow().user().role().includes(Role.ADMIN);
        pages.render(exchange.response(), status, "history", Map.of("chrome", exchange.chrome("History: " + tool.name(), "tools"),
                "page", new HistoryPage(tool.id(), tool.name(), shown, admin, notice, problems)));
    }

    private static String how(PublishedVersion version) {
        return switch (version.how()) {
            case PublishedVersion.IMPORTED -> "As it was before the console changed it";
            case PublishedVersion.ROLLED_BACK -> "Restored version " + version.from().map(String::valueOf).orElse("?");
            default -> "Published";
        };
    }

    private static String who(PublishedVersion version) {
        String approver = version.approver().orElse("");
        return version.editor().map(editor -> "edited by " + editor + ", approved by " + approver)
                .orElse(approver.isEmpty() ? "" : "by " + approver);
    }
}
