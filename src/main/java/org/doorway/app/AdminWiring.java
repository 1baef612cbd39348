package org.doorway.app;

import org.doorway.admin.AdminSessions;
import org.doorway.admin.Drafting;
import org.doorway.admin.ReviewReminders;
import org.doorway.admin.Reviewing;
import org.doorway.admin.Rollback;
import org.doorway.admin.SignInLinks;
import org.doorway.catalogue.CatalogueValidator;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.handoff.HandoffMessenger;
import org.doorway.store.JdbiAdminSessions;
import org.doorway.store.JdbiAuditLog;
import org.doorway.store.JdbiCatalogueEdits;
import org.doorway.store.JdbiDrafts;
import org.doorway.store.JdbiReviewReminderMarks;
import org.doorway.store.JdbiSignInLinks;
import org.doorway.store.JdbiVersions;
import org.doorway.web.WebServer;
import org.doorway.web.admin.AdminConsole;
import org.doorway.web.admin.CaseStudiesConsole;
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
        ReportsWiring.mount(doorway, web);
        web.mount("/admin/case-studies/*", new CaseStudiesConsole(CaseStudiesCommand.review(doorway),
                new AdminSessions(new JdbiAdminSessions(doorway.database), doorway.clock), doorway.catalogue::load,
                doorway.settings.zone()));
    }

    /** The job that reminds entries' owners in chat when a review date has passed; messages go through the outbox. */
    static ReviewReminders reviewReminders(Doorway doorway, HandoffMessenger messenger) {
        return new ReviewReminders(doorway.catalogue::load, doorway.roster, new JdbiReviewReminderMarks(doorway.database),
                (owner, text) -> owner.chatIds().forEach((platform, id) ->
                        messenger.tellStaff(new ConversationKey(platform, id, id), Reply.Text.of(text))),
                doorway.database, doorway.settings.admin().base(), doorway.settings.zone(), doorway.clock);
    }

    /** Drafts, review, versions and rollback over the stored catalogue; a publish refreshes this instance's cache. */
    static CatalogueWorkflow workflow(Doorway doorway, JdbiAuditLog audit) {
        JdbiCatalogueEdits edits = new JdbiCatalogueEdits(doorway.database,
                doorway.catalogueStore, doorway.catalogue);
        CatalogueValidator validator = doorway.catalogueYaml.validator();
        JdbiDrafts drafts = new JdbiDrafts(doorway.database);
        JdbiVersions versions = new JdbiVersions(doorway.database);
        return new CatalogueWorkflow(new Drafting(edits, drafts, validator, audit, doorway.clock), drafts,
                new Reviewing(edits, drafts, versions, validator, audit, doorway.clock, doorway.settings.admin().selfApproval()),
                versions, new Rollback(edits, versions, validator, audit, doorway.clock));
    }
}
