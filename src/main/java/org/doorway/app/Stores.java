package org.doorway.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.doorway.catalogue.CachedCatalogue;
import org.doorway.needs.Need;
import org.doorway.store.Database;
import org.doorway.store.JdbiAdminSessions;
import org.doorway.store.JdbiApiTokens;
import org.doorway.store.JdbiAuditLog;
import org.doorway.store.JdbiAwaitedAdditions;
import org.doorway.store.JdbiCaseStudyDrafts;
import org.doorway.store.JdbiCatalogue;
import org.doorway.store.JdbiCatalogueEdits;
import org.doorway.store.JdbiClosures;
import org.doorway.store.JdbiColleagueIntros;
import org.doorway.store.JdbiConversationReferences;
import org.doorway.store.JdbiConversations;
import org.doorway.store.JdbiDrafts;
import org.doorway.store.JdbiFollowUps;
import org.doorway.store.JdbiHandoffMessages;
import org.doorway.store.JdbiHandoffs;
import org.doorway.store.JdbiLearningQueue;
import org.doorway.store.JdbiLeases;
import org.doorway.store.JdbiNudgeMarks;
import org.doorway.store.JdbiOpenHandoffs;
import org.doorway.store.JdbiOperationalFigures;
import org.doorway.store.JdbiOutbox;
import org.doorway.store.JdbiOutboxBacklog;
import org.doorway.store.JdbiOutcomeTallies;
import org.doorway.store.JdbiPersonalData;
import org.doorway.store.JdbiReportQueries;
import org.doorway.store.JdbiRequests;
import org.doorway.store.JdbiReviewReminderMarks;
import org.doorway.store.JdbiRoster;
import org.doorway.store.JdbiSentCards;
import org.doorway.store.JdbiSetAside;
import org.doorway.store.JdbiSignInLinks;
import org.doorway.store.JdbiTeamsIds;
import org.doorway.store.JdbiVersions;
import org.doorway.store.JdbiWebinarReminders;
import org.doorway.store.JdbiWorkloads;
import org.doorway.store.StoredInbox;

/**
 * Every store adapter the app wires, each built once on Doorway's database
 * ({@link #open}, from {@link Doorway#open}) and handed from here to the
 * features that use it: a wiring class picks out the ports each use case
 * needs. Nothing else in {@code app} constructs a {@code Jdbi*} adapter
 * (ArchitectureTest keeps it so). The catalogue is here with the cache over it,
 * since its edits go through both.
 */
record Stores(
        JdbiCatalogue catalogueStore,
        CachedCatalogue catalogue,
        JdbiCatalogueEdits catalogueEdits,
        JdbiOutbox outbox,
        JdbiRoster roster,
        JdbiHandoffs handoffs,
        JdbiRequests requests,
        JdbiConversations conversations,
        JdbiPersonalData personalData,
        JdbiLearningQueue learningQueue,
        JdbiOutcomeTallies outcomeTallies,
        JdbiClosures closures,
        JdbiWorkloads workloads,
        JdbiOpenHandoffs openHandoffs,
        JdbiNudgeMarks nudgeMarks,
        JdbiAwaitedAdditions awaitedAdditions,
        JdbiHandoffMessages handoffMessages,
        JdbiWebinarReminders webinarReminders,
        JdbiFollowUps followUps,
        JdbiCaseStudyDrafts caseStudyDrafts,
        JdbiColleagueIntros colleagueIntros,
        JdbiConversationReferences teamsReferences,
        JdbiSentCards sentCards,
        JdbiTeamsIds teamsIds,
        JdbiLeases leases,
        JdbiOutboxBacklog outboxBacklog,
        JdbiOperationalFigures operationalFigures,
        JdbiSignInLinks signInLinks,
        JdbiApiTokens apiTokens,
        JdbiAdminSessions adminSessions,
        JdbiAuditLog auditLog,
        JdbiReviewReminderMarks reviewReminderMarks,
        JdbiDrafts drafts,
        JdbiVersions versions,
        JdbiReportQueries reportQueries) {

    /** The adapters on {@code database}; the catalogue's cache turns its days over in {@code zone}. */
    static Stores open(Database database, Clock clock, List<Need> needs, ZoneId zone) {
        JdbiCatalogue catalogueStore = new JdbiCatalogue(database, needs);
        CachedCatalogue catalogue = CachedCatalogue.over(catalogueStore, zone);
        return new Stores(catalogueStore, catalogue, new JdbiCatalogueEdits(database, catalogueStore, catalogue),
                new JdbiOutbox(database, clock), new JdbiRoster(database), new JdbiHandoffs(database),
                new JdbiRequests(database), new JdbiConversations(database), new JdbiPersonalData(database),
                new JdbiLearningQueue(database), new JdbiOutcomeTallies(database), new JdbiClosures(database),
                new JdbiWorkloads(database), new JdbiOpenHandoffs(database), new JdbiNudgeMarks(database),
                new JdbiAwaitedAdditions(database), new JdbiHandoffMessages(database),
                new JdbiWebinarReminders(database), new JdbiFollowUps(database), new JdbiCaseStudyDrafts(database),
                new JdbiColleagueIntros(database), new JdbiConversationReferences(database),
                new JdbiSentCards(database), new JdbiTeamsIds(database), new JdbiLeases(database),
                new JdbiOutboxBacklog(database), new JdbiOperationalFigures(database), new JdbiSignInLinks(database),
                new JdbiApiTokens(database), new JdbiAdminSessions(database), new JdbiAuditLog(database),
                new JdbiReviewReminderMarks(database), new JdbiDrafts(database), new JdbiVersions(database),
                new JdbiReportQueries(database));
    }

    /**
     * The events set aside after failing for good, over the inbox; {@link Doorway#setAside()} builds it once, when
     * the inbox (a file of its own on SQLite) is first opened.
     */
    static JdbiSetAside setAside(Database database, StoredInbox inbox) {
        return new JdbiSetAside(database, inbox);
    }
}
