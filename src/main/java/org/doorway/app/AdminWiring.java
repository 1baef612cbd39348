package org.doorway.app;

import org.doorway.admin.AdminSessions;
import org.doorway.admin.EntryEditing;
import org.doorway.admin.SignInLinks;
import org.doorway.store.JdbiAdminSessions;
import org.doorway.store.JdbiAuditLog;
import org.doorway.store.JdbiCatalogueEdits;
import org.doorway.store.JdbiSignInLinks;
import org.doorway.web.WebServer;
import org.doorway.web.admin.AdminConsole;

/** The admin console wired onto Doorway's database and catalogue, and mounted under {@code /admin}. */
final class AdminWiring {
    private AdminWiring() {}

    static SignInLinks links(Doorway doorway) {
        return new SignInLinks(new JdbiSignInLinks(doorway.database), doorway.clock);
    }

    static void mount(Doorway doorway, WebServer web) {
        JdbiAuditLog audit = new JdbiAuditLog(doorway.database);
        EntryEditing editing = new EntryEditing(new JdbiCatalogueEdits(doorway.database,
                doorway.catalogueStore, doorway.catalogue),
                doorway.catalogueYaml.validator(), audit, doorway.clock);
        AdminConsole console = AdminConsole.create(doorway.settings.admin(),
                new AdminSessions(new JdbiAdminSessions(doorway.database), doorway.clock), links(doorway),
                doorway.catalogue::load, editing, audit, doorway.clock, doorway.settings.zone());
        web.mount("/admin/*", console);
    }
}
