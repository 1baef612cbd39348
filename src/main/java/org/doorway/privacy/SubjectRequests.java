package org.doorway.privacy;

import java.time.Clock;
import java.util.Map;

/** A data subject's requests: a copy of everything held (access), or erasure; each recorded. */
public final class SubjectRequests {
    private final PersonalData data;
    private final Clock clock;

    public SubjectRequests(PersonalData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    public Map<String, Object> export(Subject subject) {
        Map<String, Object> held = data.export(subject);
        data.record("export", subject.digest(), "tables: " + held.keySet(), clock.instant());
        return held;
    }

    public Map<String, Integer> erase(Subject subject) {
        Map<String, Integer> changed = data.erase(subject);
        data.record("erase", subject.digest(), "rows changed: " + changed, clock.instant());
        return changed;
    }
}
