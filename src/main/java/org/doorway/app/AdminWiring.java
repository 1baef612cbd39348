package org.doorway.app;

import org.doorway.admin.AdminSessions;
import org.doorway.admin.Drafting;
import org.doorway.admin.Reviewing;
import org.doorway.admin.Rollback;
import org.doorway.admin.SignInLinks;
import org.doorway.catalogue.CatalogueValidator;
import org.doorway.store.JdbiAdminSessions;
import org.doorway.store.JdbiAuditLog;
import org.doorway.store.JdbiCatalogue;
import org.doorway.store.JdbiCatalogueEdits;
import org.doorway.store.JdbiDrafts;
import org.doorway.store.JdbiSignInLinks;
import org.doorway.store.JdbiVersions;
import org.doorway.web.WebServer;
import org.doorway.web.admin.AdminConsole;
import org.doorway.web.admin.CatalogueWorkflow;

/** The admin console wired onto Doorway's database and catalogue, and mounted under {@code /admin}. */
final class AdminWiring {
    private AdminWiring() {}

    static SignInLinks links(Doorway doorway) {
        return new SignInLinks(new JdbiSignInLinks(doorway.database), doorway.clock);
    }

    static void mount(Doorway doorway, WebServer web) {
        JdbiAuditLog audit = new JdbiAuditLog(doorway.database);
        AdminConsole console = AdminConsole.create(doorway.settings.admin(),
                new AdminSessions(new JdbiAdminSessions(doorway.database), doorway.clock), links(doorway),
                doorway.catalogue::load, workflow(doorway, audit), audit, doorway.clock, doorway.settings.zone());
        web.mount("/admin/*", console);
    }

    /** Drafts, review, versions and rollback over the stored catalogue; a publish refreshes this instance's cache. */
    static CatalogueWorkflow workflow(Doorway doorway, JdbiAuditLog audit) {
        JdbiCatalogueEdits edits = new JdbiCatalogueEdits(doorway.database,
                new JdbiCatalogue(doorway.database, doorway.vocabulary.needs()), doorway.catalogue);
        CatalogueValidator validator = doorway.catalogueYaml.validator();
        JdbiDrafts drafts = new JdbiDrafts(doorway.database);
        JdbiVersions versions = new JdbiVersions(doorway.database);
        return new CatalogueWorkflow(new Drafting(edits, drafts, validator, audit, doorway.clock), drafts,
                new Reviewing(edits, drafts, versions, validator, audit, doorway.clock, doorway.settings.admin().selfApproval()),
                versions, new Rollback(edits, versions, validator, audit, doorway.clock));
    }
}
