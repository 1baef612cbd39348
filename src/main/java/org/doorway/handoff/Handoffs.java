package org.doorway.handoff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where handoffs, their history and their chat threads are kept. Joins the caller's unit of work. */
public interface Handoffs {

    /** Records a new request in state {@link Handoff.State#REQUESTED}. */
    Handoff create(HandoffRequest request);

    Optional<Handoff> find(long handoffId);

    /** The handoff for an intake request that is not resolved yet, so a repeated click does not ask twice. */
    Optional<Handoff> findUnresolved(long requestId);

    /**
     * Saves a changed handoff only if the stored one is still the version it
     * was changed from ({@code version - 1}); false when someone got there first.
     */
    boolean save(Handoff changed);

    /** Offers not acknowledged whose SLA is due at {@code now}, the most overdue first. */
    List<Handoff> due(Instant now, int limit);

    /** Handoffs offered to or held by a technologist and not resolved, the oldest first. */
    List<Handoff> heldBy(String technologistId, int limit);

    /** Every handoff not resolved yet (queued, offered or acknowledged), the longest waiting first. */
    List<Handoff> open(int limit);

    /** Queued handoffs, urgent ones first, then the longest waiting first. */
    List<Handoff> queued(int limit);

    void record(HistoryEntry entry);

    List<HistoryEntry> history(long handoffId);

    /** Remembers the conversation a platform opened for a handoff, so the bot stays quiet in it. */
    void threadOpened(long handoffId, String platform, String conversation, Instant at);

    boolean isThread(String platform, String conversation);
}
