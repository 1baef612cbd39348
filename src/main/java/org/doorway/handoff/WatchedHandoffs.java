package org.doorway.handoff;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The handoff store, telling a {@link QueueWatch} of every saved change with
 * the technologists it concerns (who held it before and who holds it now), so
 * that every way a handoff changes (a click, the SLA, the queue, a transfer,
 * the console) refreshes the queues it shows in, with no step having to
 * remember to.
 */
public final class WatchedHandoffs implements Handoffs {
    private final Handoffs store;
    private final Roster roster;
    private final QueueWatch watch;

    public WatchedHandoffs(Handoffs store, Roster roster, QueueWatch watch) {
        this.store = store;
        this.roster = roster;
        this.watch = watch;
    }

    @Override
    public boolean save(Handoff changed) {
        Optional<String> before = store.find(changed.id()).flatMap(Handoff::technologistId);
        if (!store.save(changed)) {
            return false;
        }
        Set<String> concerned = new LinkedHashSet<>();
        before.ifPresent(concerned::add);
        changed.technologistId().ifPresent(concerned::add);
        watch.changed(changed, concerned.stream().flatMap(id -> roster.find(id).stream()).toList());
        return true;
    }

    @Override
    public Handoff create(HandoffRequest request) {
        return store.create(request);
    }

    @Override
    public Optional<Handoff> find(long handoffId) {
        return store.find(handoffId);
    }

    @Override
    public Optional<Handoff> findUnresolved(long requestId) {
        return store.findUnresolved(requestId);
    }

    @Override
    public List<Handoff> due(Instant now, int limit) {
        return store.due(now, limit);
    }

    @Override
    public List<Handoff> heldBy(String technologistId, int limit) {
        return store.heldBy(technologistId, limit);
    }

    @Override
    public List<Handoff> open(int limit) {
        return store.open(limit);
    }

    @Override
    public List<Handoff> queued(int limit) {
        return store.queued(limit);
    }

    @Override
    public void record(HistoryEntry entry) {
        store.record(entry);
    }

    @Override
    public List<HistoryEntry> history(long handoffId) {
        return store.history(handoffId);
    }

    @Override
    public void threadOpened(long handoffId, String platform, String conversation, Instant at) {
        store.threadOpened(handoffId, platform, conversation, at);
    }

    @Override
    public boolean isThread(String platform, String conversation) {
        return store.isThread(platform, conversation);
    }
}
