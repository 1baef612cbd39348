package org.doorway.app;

import java.util.Optional;
import org.doorway.admin.AdminSessions;
import org.doorway.reports.Reports;
import org.doorway.store.JdbiAdminSessions;
import org.doorway.store.JdbiReportQueries;
import org.doorway.web.WebServer;
import org.doorway.web.admin.ReportsConsole;
import org.doorway.web.api.BearerAuth;

/** Reports over Doorway's event log: one {@link Reports} for the console page, the JSON API and the CLI. */
final class ReportsWiring {
    private ReportsWiring() {}

    static Reports reports(Doorway doorway) {
        return new Reports(new JdbiReportQueries(doorway.database), doorway.roster::all);
    }

    /** The API half sits behind the {@link BearerAuth} filter that {@link AdminWiring} puts on all of /api/admin. */
    static void mount(Doorway doorway, WebServer web) {
        ReportsConsole console = new ReportsConsole(reports(doorway),
                new AdminSessions(new JdbiAdminSessions(doorway.database), doorway.clock),
                request -> Optional.of(BearerAuth.user(request).email()),
                () -> doorway.vocabulary.needs().stream().map(need -> need.id()).toList(), doorway.clock,
                doorway.settings.zone());
        web.mount("/admin/reports/*", console);
        web.mount("/api/admin/v1/reports/*", console);
    }
}
