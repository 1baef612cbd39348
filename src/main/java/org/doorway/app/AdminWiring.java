package org.doorway.app;

import java.util.stream.Collectors;
import org.doorway.admin.AdminSessions;
import org.doorway.admin.ApiTokens;
import org.doorway.admin.ClosureEditing;
import org.doorway.admin.Drafting;
import org.doorway.admin.Learning;
import org.doorway.admin.ReviewReminders;
import org.doorway.admin.Reviewing;
import org.doorway.admin.Rollback;
import org.doorway.admin.RosterEditing;
import org.doorway.admin.SignInLinks;
import org.doorway.catalogue.CatalogueValidator;
import org.doorway.catalogue.Tool;
import org.doorway.conversation.Reply;
import org.doorway.handoff.ClosedRoster;
import org.doorway.handoff.HandoffMessenger;
import org.doorway.handoff.HandoffService;
import org.doorway.handoff.roster.KnownExpertise;
import org.doorway.store.JdbiAdminSessions;
import org.doorway.store.JdbiApiTokens;
import org.doorway.store.JdbiAuditLog;
import org.doorway.store.JdbiCatalogueEdits;
import org.doorway.store.JdbiClosures;
import org.doorway.store.JdbiDrafts;
import org.doorway.store.JdbiLearningQueue;
import org.doorway.store.JdbiReviewReminderMarks;
import org.doorway.store.JdbiSignInLinks;
import org.doorway.store.JdbiVersions;
import org.doorway.web.WebServer;
import org.doorway.web.admin.AdminConsole;
import org.doorway.web.admin.CaseStudiesConsole;
import org.doorway.web.admin.CatalogueWorkflow;
import org.doorway.web.admin.Operations;
import org.doorway.web.api.AdminApi;
import org.doorway.web.api.AuditExport;
import org.doorway.web.api.BearerAuth;

/**
 * The admin console wired onto Doorway's database, catalogue, roster and
 * handoff desk, mounted under {@code /admin}; and the JSON API under
 * {@code /api/admin/v1}, behind the bearer check on all of {@code /api/admin}.
 */
final class AdminWiring {
    private AdminWiring() {}

    static SignInLinks links(Doorway doorway) {
        return new SignInLinks(new JdbiSignInLinks(doorway.database), doorway.clock);
    }

    static ApiTokens tokens(Doorway doorway) {
        return new ApiTokens(new JdbiApiTokens(doorway.database), doorway.clock);
    }

    static void mount(Doorway doorway, WebServer web, HandoffService handoffs) {
        JdbiAuditLog audit = new JdbiAuditLog(doorway.database);
        KnownExpertise needs = KnownExpertise.bundledNeeds();
        RosterEditing rosterEditing = new RosterEditing(doorway.database, doorway.roster, () -> needs.withTools(
                doorway.catalogue.load().tools().stream().map(Tool::id).collect(Collectors.toSet())), audit,
                doorway.clock);
        JdbiClosures closures = new JdbiClosures(doorway.database);
        ClosureEditing closureEditing = new ClosureEditing(doorway.database, closures, audit, doorway.clock);
        AuditExport export = new AuditExport(audit, doorway.settings.zone());
        Operations operations = new Operations(doorway.roster, new ClosedRoster(doorway.roster, closures), rosterEditing,
                closureEditing, handoffs, new Learning(doorway.database, new JdbiLearningQueue(doorway.database),
                        doorway.catalogue::load, audit, doorway.clock), export);
        CatalogueWorkflow workflow = workflow(doorway, audit);
        AdminConsole console = AdminConsole.create(doorway.settings.admin(),
                new AdminSessions(new JdbiAdminSessions(doorway.database), doorway.clock), links(doorway),
                doorway.catalogue::load, workflow, audit, operations, doorway.clock, doorway.settings.zone());
        web.mount("/admin/*", console);
        web.filter("/api/admin/*", new BearerAuth(tokens(doorway)));
        web.mount("/api/admin/v1/*", AdminApi.create(doorway.catalogue::load, workflow.drafting(), doorway.roster,
                rosterEditing, closureEditing, handoffs, export));
        ReportsWiring.mount(doorway, web);
        web.mount("/admin/case-studies/*", new CaseStudiesConsole(CaseStudiesCommand.review(doorway),
                new AdminSessions(new JdbiAdminSessions(doorway.database), doorway.clock), doorway.catalogue::load,
                doorway.settings.zone()));
    }

    /** The job that reminds entries' owners in chat when a review date has passed; messages go through the outbox. */
    static ReviewReminders reviewReminders(Doorway doorway, HandoffMessenger messenger) {
        return new ReviewReminders(doorway.catalogue::load, doorway.roster, new JdbiReviewReminderMarks(doorway.database),
                (owner, text) -> owner.chatIds().keySet().forEach(platform ->
                        messenger.tellTechnologist(owner, platform, Reply.Text.of(text))),
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
