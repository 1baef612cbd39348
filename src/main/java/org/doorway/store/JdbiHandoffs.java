package org.doorway.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.HandoffRequest;
import org.doorway.handoff.Handoffs;
import org.doorway.handoff.HistoryEntry;

/**
 * Handoffs, their history and their threads. Every save is conditional on
 * the version it replaces, so a step taken twice (two instances, two clicks)
 * lands once. The waiting time is stored as a column for reports.
 */
public final class JdbiHandoffs implements Handoffs {
    private final Database database;
    private final EventLogRows log;

    public JdbiHandoffs(Database database) {
        this.database = database;
        this.log = new EventLogRows(database);
    }

    @Override
    public Handoff create(HandoffRequest request) {
        long id = database.withHandle(handle -> handle.createQuery("""
                        INSERT INTO handoffs (request_id, staff_platform, staff_user, staff_conversation, staff_name,
                            kind, problem, need_ids, tool_ids, summary, requested_at, state, missed_deadlines, version, urgent)
                        VALUES (:request, :platform, :user, :conversation, :name, :kind, :problem, :needs, :tools,
                            :summary, :at, :state, 0, 0, :urgent)
                        RETURNING id""")
                .bind("request", request.requestId())
                .bind("platform", request.staff().platform()).bind("user", request.staff().user())
                .bind("conversation", request.staff().conversation()).bind("name", request.staffName())
                .bind("kind", request.kind().name()).bind("problem", request.problem())
                .bind("needs", HandoffRows.json(request.needIds())).bind("tools", HandoffRows.json(request.toolIds()))
                .bind("summary", HandoffRows.fieldsJson(request.summary()))
                .bind("at", request.requestedAt().toEpochMilli()).bind("state", Handoff.State.REQUESTED.name())
                .bind("urgent", request.urgent() ? 1 : 0)
                .mapTo(Long.class)
                .one());
        return Handoff.requested(id, request);
    }

    @Override
    public Optional<Handoff> find(long handoffId) {
        return database.withHandle(handle -> handle.createQuery("SELECT * FROM handoffs WHERE id = :id")
                .bind("id", handoffId)
                .map((rows, context) -> HandoffRows.handoff(rows))
                .findOne());
    }

    @Override
    public Optional<Handoff> findUnresolved(long requestId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM handoffs WHERE request_id = :request AND state <> :resolved
                        ORDER BY id DESC""")
                .bind("request", requestId).bind("resolved", Handoff.State.RESOLVED.name())
                .map((rows, context) -> HandoffRows.handoff(rows))
                .findFirst());
    }

    @Override
    public boolean save(Handoff changed) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE handoffs SET state = :state, technologist_id = :technologist, offered_at = :offered,
                            due_at = :due, acknowledged_at = :acknowledged, waited_millis = :waited,
                            resolved_at = :resolved, outcome = :outcome, missed_deadlines = :missed,
                            team_posted_at = :teamPosted, version = :version
                        WHERE id = :id AND version = :previous""")
                .bind("state", changed.state().name())
                .bind("technologist", changed.technologistId().orElse(null))
                .bind("offered", HandoffRows.millis(changed.offeredAt()))
                .bind("due", HandoffRows.millis(changed.dueAt()))
                .bind("acknowledged", HandoffRows.millis(changed.acknowledgedAt()))
                .bind("waited", changed.waited().map(java.time.Duration::toMillis).orElse(null))
                .bind("resolved", HandoffRows.millis(changed.resolvedAt()))
                .bind("outcome", changed.outcome().orElse(null))
                .bind("missed", changed.missedDeadlines())
                .bind("teamPosted", HandoffRows.millis(changed.teamPostedAt()))
                .bind("version", changed.version()).bind("id", changed.id()).bind("previous", changed.version() - 1)
                .execute()) == 1;
    }

    @Override
    public List<Handoff> due(Instant now, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM handoffs WHERE state = :offered AND due_at <= :now
                        ORDER BY due_at, id LIMIT :limit""")
                .bind("offered", Handoff.State.OFFERED.name()).bind("now", now.toEpochMilli()).bind("limit", limit)
                .map((rows, context) -> HandoffRows.handoff(rows))
                .list());
    }

    @Override
    public List<Handoff> queued(int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM handoffs WHERE state = :queued ORDER BY urgent DESC, requested_at, id LIMIT :limit""")
                .bind("queued", Handoff.State.QUEUED.name()).bind("limit", limit)
                .map((rows, context) -> HandoffRows.handoff(rows))
                .list());
    }

    @Override
    public List<Handoff> open(int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM handoffs WHERE state IN (:queued, :offered, :held)
                        ORDER BY requested_at, id LIMIT :limit""")
                .bind("queued", Handoff.State.QUEUED.name()).bind("offered", Handoff.State.OFFERED.name())
                .bind("held", Handoff.State.ACKNOWLEDGED.name()).bind("limit", limit)
                .map((rows, context) -> HandoffRows.handoff(rows))
                .list());
    }

    @Override
    public List<Handoff> heldBy(String technologistId, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM handoffs WHERE technologist_id = :technologist AND state IN (:offered, :held)
                        ORDER BY requested_at, id LIMIT :limit""")
                .bind("technologist", technologistId).bind("offered", Handoff.State.OFFERED.name())
                .bind("held", Handoff.State.ACKNOWLEDGED.name()).bind("limit", limit)
                .map((rows, context) -> HandoffRows.handoff(rows))
                .list());
    }

    @Override
    public void record(HistoryEntry entry) {
        database.useHandle(handle -> {
            handle.createUpdate("""
                        INSERT INTO handoff_history (handoff_id, at, event, technologist_id, detail)
                        VALUES (:handoff, :at, :event, :technologist, :detail)""")
                .bind("handoff", entry.handoffId()).bind("at", entry.at().toEpochMilli())
                .bind("event", entry.event().name()).bind("technologist", entry.technologistId().orElse(null))
                .bind("detail", entry.detail())
                .execute();
            // The same step in the conversation event log, in the same transaction (HandoffEventKinds).
            handle.createQuery("SELECT request_id FROM handoffs WHERE id = :id").bind("id", entry.handoffId())
                    .mapTo(Long.class).findOne()
                    .ifPresent(requestId -> log.append(handle, requestId, entry.at(),
                            HandoffEventKinds.of(entry.event()), null, null, entry.technologistId().orElse(null),
                            "handoff " + entry.handoffId()));
        });
    }

    @Override
    public List<HistoryEntry> history(long handoffId) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT handoff_id, at, event, technologist_id, detail FROM handoff_history
                        WHERE handoff_id = :handoff ORDER BY id""")
                .bind("handoff", handoffId)
                .map((rows, context) -> new HistoryEntry(rows.getLong("handoff_id"),
                        Instant.ofEpochMilli(rows.getLong("at")), HistoryEntry.Event.valueOf(rows.getString("event")),
                        Optional.ofNullable(rows.getString("technologist_id")), rows.getString("detail")))
                .list());
    }

    @Override
    public void threadOpened(long handoffId, String platform, String conversation, Instant at) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO handoff_threads (platform, conversation, handoff_id, opened_at)
                        VALUES (:platform, :conversation, :handoff, :at)
                        ON CONFLICT (platform, conversation) DO NOTHING""")
                .bind("platform", platform).bind("conversation", conversation).bind("handoff", handoffId)
                .bind("at", at.toEpochMilli())
                .execute());
    }

    @Override
    public boolean isThread(String platform, String conversation) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT COUNT(*) FROM handoff_threads
                        WHERE platform = :platform AND conversation = :conversation""")
                .bind("platform", platform).bind("conversation", conversation)
                .mapTo(Integer.class)
                .one()) > 0;
    }
}
