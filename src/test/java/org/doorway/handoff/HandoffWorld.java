package org.doorway.handoff;

import org.doorway.TestClock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.doorway.store.Database;
import org.doorway.store.JdbiHandoffs;
import org.doorway.store.JdbiRoster;
import org.doorway.store.JdbiWorkloads;

/** A migrated database, the real stores, a movable clock and a recording messenger, wired as the app would. */
public final class HandoffWorld implements AutoCloseable {
    public final Database database;
    public final TestClock clock = new TestClock(HandoffFixture.MONDAY_10_UTC);
    public final RecordingMessenger messenger = new RecordingMessenger();
    public final JdbiRoster roster;
    public final JdbiHandoffs handoffs;
    public final JdbiWorkloads workloads;
    public final HandoffFeature feature;

    public HandoffWorld(Database database, Optional<String> teamChannel) {
        this.database = database;
        this.roster = new JdbiRoster(database);
        this.handoffs = new JdbiHandoffs(database);
        this.workloads = new JdbiWorkloads(database);
        this.feature = new HandoffFeature(database, roster, workloads, handoffs, messenger,
                HandoffFixture.settings(teamChannel), clock, ZoneId.of("Europe/London"));
    }

    public HandoffWorld withRoster(Technologist... technologists) {
        roster.replaceAll(List.of(technologists));
        return this;
    }

    public Handoff handoff(String handoffId) {
        return feature.desk().find(handoffId).orElseThrow();
    }

    public int open(Technologist technologist) {
        return workloads.all().get(technologist.id()).open();
    }

    @Override
    public void close() {
        database.close();
    }
}
