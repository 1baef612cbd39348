package org.doorway.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The roster as routing sees it: every technologist is away on the
 * institution's closure dates as well as on their own leave. Closures are read
 * on every call, so a closure added in the console counts from the next
 * routing decision. Writes go to the roster itself. Thread-safe.
 */
public final class ClosedRoster implements Roster {
    private final Roster roster;
    private final Closures closures;

    public ClosedRoster(Roster roster, Closures closures) {
        this.roster = roster;
        this.closures = closures;
    }

    @Override
    public List<Technologist> all() {
        List<Absence> closed = closed();
        return roster.all().stream().map(technologist -> withClosures(technologist, closed)).toList();
    }

    @Override
    public Optional<Technologist> find(String technologistId) {
        return roster.find(technologistId).map(technologist -> withClosures(technologist, closed()));
    }

    @Override
    public Optional<Technologist> findByChatId(String platform, String userId) {
        return roster.findByChatId(platform, userId).map(technologist -> withClosures(technologist, closed()));
    }

    @Override
    public boolean setAvailable(String technologistId, boolean available) {
        return roster.setAvailable(technologistId, available);
    }

    @Override
    public void save(Technologist technologist) {
        roster.save(technologist);
    }

    @Override
    public void replaceAll(List<Technologist> technologists) {
        roster.replaceAll(technologists);
    }

    private List<Absence> closed() {
        return closures.all().stream().map(Closure::asAbsence).toList();
    }

    private static Technologist withClosures(Technologist technologist, List<Absence> closed) {
        if (closed.isEmpty()) {
            return technologist;
        }
        List<Absence> away = new ArrayList<>(technologist.away());
        away.addAll(closed);
        return new Technologist(technologist.id(), technologist.name(), technologist.email(), technologist.chatIds(),
                technologist.timezone(), technologist.hours(), away, technologist.expertise(), technologist.capacity(),
                technologist.available());
    }
}
