package org.doorway.app;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.doorway.admin.AdminSessions;
import org.doorway.config.ReportSettings;
import org.doorway.handoff.Roster;
import org.doorway.needs.NeedVocabulary;
import org.doorway.needs.TextEmbedder;
import org.doorway.reports.ReportSetup;
import org.doorway.reports.Reports;
import org.doorway.store.Database;
import org.doorway.store.DirectoryKeys;
import org.doorway.store.JdbiReportQueries;
import org.doorway.web.WebServer;
import org.doorway.web.admin.ReportsConsole;
import org.doorway.web.api.BearerAuth;

/** Reports over Doorway's event log: one {@link Reports} for the console page, the JSON API and the CLI. */
final class ReportsWiring {
    /** One daemon thread shared by every report: groups unmet requests' words while the request thread counts. */
    private static final ExecutorService REPORT_HELPER = Executors.newSingleThreadExecutor(
            DaemonThreads.named("report-helper"));

    private ReportsWiring() {}

    static Reports reports(Database database, JdbiReportQueries queries, Roster roster, ReportSettings settings,
            Supplier<Optional<TextEmbedder>> embedder) {
        // The directory keyed once (an HMAC per member), on first use; a changed file is read at the next start.
        LoadingCache<String, Map<String, String>> departments = Caffeine.newBuilder().maximumSize(1)
                .build(ignored -> DirectoryKeys.departments(database, settings.directory()));
        // Theme words repeat from report to report: embed each once.
        Cache<String, float[]> meanings = Caffeine.newBuilder().maximumSize(2_000).build();
        return new Reports(queries, roster::all, new ReportSetup(
                () -> departments.get("directory"), settings.terms(),
                () -> embedder.get().map(model -> remembered(model, meanings))), REPORT_HELPER);
    }

    private static TextEmbedder remembered(TextEmbedder model, Cache<String, float[]> meanings) {
        return new TextEmbedder() {
            @Override
            public float[] embed(String text) {
                return meanings.get(text, model::embed);
            }

            @Override
            public String model() {
                return model.model();
            }
        };
    }

    /** The API half sits behind the {@link BearerAuth} filter that {@link AdminWiring} puts on all of /api/admin. */
    static void mount(WebServer web, Reports reports, AdminSessions sessions, NeedVocabulary vocabulary, ZoneId zone,
            Clock clock) {
        ReportsConsole console = new ReportsConsole(reports,
                sessions,
                request -> Optional.of(BearerAuth.user(request).email()),
                () -> vocabulary.needs().stream().map(need -> need.id()).toList(), clock,
                zone);
        web.mount("/admin/reports/*", console);
        web.mount("/api/admin/v1/reports/*", console);
    }
}
