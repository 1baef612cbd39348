package org.doorway.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;
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
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.CatalogueValidator;
import org.doorway.catalogue.Tool;
import org.doorway.config.AdminSettings;
import org.doorway.conversation.Reply;
import org.doorway.followup.CaseStudyReview;
import org.doorway.handoff.ClosedRoster;
import org.doorway.handoff.HandoffMessenger;
import org.doorway.handoff.HandoffService;
import org.doorway.handoff.roster.KnownExpertise;
import org.doorway.store.Database;
import org.doorway.store.JdbiAuditLog;
import org.doorway.store.JdbiCatalogueEdits;
import org.doorway.store.JdbiClosures;
import org.doorway.store.JdbiDrafts;
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

    static SignInLinks links(Stores stores, Clock clock) {
        return new SignInLinks(stores.signInLinks(), clock);
    }

    static ApiTokens tokens(Stores stores, Clock clock) {
        return new ApiTokens(stores.apiTokens(), clock);
    }

    /** The console's sessions, shared by every page behind its sign-in (reports and case studies too). */
    static AdminSessions sessions(Stores stores, Clock clock) {
        return new AdminSessions(stores.adminSessions(), clock);
    }

    static void mount(WebServer web, Database database, Stores stores, AdminSessions sessions,
            CatalogueValidator validator, AdminSettings settings, ZoneId zone, Clock clock, HandoffService handoffs) {
        JdbiAuditLog audit = stores.auditLog();
        Supplier<Catalogue> catalogue = stores.catalogue()::load;
        KnownExpertise needs = KnownExpertise.bundledNeeds();
        RosterEditing rosterEditing = new RosterEditing(database, stores.roster(), () -> needs.withTools(
                catalogue.get().tools().stream().map(Tool::id).collect(Collectors.toSet())), audit,
                clock);
        JdbiClosures closures = stores.closures();
        ClosureEditing closureEditing = new ClosureEditing(database, closures, audit, clock);
        AuditExport export = new AuditExport(audit, zone);
        Operations operations = new Operations(stores.roster(), new ClosedRoster(stores.roster(), closures),
                rosterEditing, closureEditing, handoffs, new Learning(database, stores.learningQueue(),
                        catalogue, audit, clock), export);
        CatalogueWorkflow workflow = workflow(database, stores, validator, settings.selfApproval(), clock);
        AdminConsole console = AdminConsole.create(settings, sessions, links(stores, clock),
                catalogue, workflow, audit, operations, clock, zone);
        web.mount("/admin/*", console);
        web.filter("/api/admin/*", new BearerAuth(tokens(stores, clock)));
        web.mount("/api/admin/v1/*", AdminApi.create(catalogue, workflow.drafting(), stores.roster(),
                rosterEditing, closureEditing, handoffs, export));
    }

    /** The case studies drafted from follow-ups, reviewed at {@code /admin/case-studies}. */
    static void mountCaseStudies(WebServer web, CaseStudyReview review, AdminSessions sessions,
            Supplier<Catalogue> catalogue, ZoneId zone) {
        web.mount("/admin/case-studies/*", new CaseStudiesConsole(review, sessions, catalogue, zone));
    }

    /** The job that reminds entries' owners in chat when a review date has passed; messages go through the outbox. */
    static ReviewReminders reviewReminders(Database database, Stores stores, AdminSettings settings, ZoneId zone,
            Clock clock, HandoffMessenger messenger) {
        return new ReviewReminders(stores.catalogue()::load, stores.roster(), stores.reviewReminderMarks(),
                (owner, text) -> owner.chatIds().keySet().forEach(platform ->
                        messenger.tellTechnologist(owner, platform, Reply.Text.of(text))),
                database, settings.base(), zone, clock);
    }

    /** Drafts, review, versions and rollback over the stored catalogue; a publish refreshes this instance's cache. */
    static CatalogueWorkflow workflow(Database database, Stores stores, CatalogueValidator validator,
            boolean selfApproval, Clock clock) {
        JdbiCatalogueEdits edits = stores.catalogueEdits();
        JdbiAuditLog audit = stores.auditLog();
        JdbiDrafts drafts = stores.drafts();
        JdbiVersions versions = stores.versions();
        return new CatalogueWorkflow(new Drafting(edits, drafts, validator, audit, clock), drafts,
                new Reviewing(edits, drafts, versions, validator, audit, clock, selfApproval),
                versions, new Rollback(edits, versions, validator, audit, clock));
    }
}
