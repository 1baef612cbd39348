package org.doorway.store;

import java.util.List;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.OpenHandoffs;

/** Open handoffs by staff member, and those picked up; both on indexed columns. */
public final class JdbiOpenHandoffs implements OpenHandoffs {
    private final Database database;

    public JdbiOpenHandoffs(Database database) {
        this.database = database;
    }

    @Override
    public List<Handoff> ofStaff(String platform, String user, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM handoffs WHERE staff_platform = :platform AND staff_user = :user
                        AND state <> :resolved ORDER BY requested_at DESC, id DESC LIMIT :limit""")
                .bind("platform", platform).bind("user", user).bind("resolved", Handoff.State.RESOLVED.name())
                .bind("limit", limit)
                .map((rows, context) -> HandoffRows.handoff(rows))
                .list());
    }

    @Override
    public List<Handoff> pickedUp(int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM handoffs WHERE state = :held ORDER BY acknowledged_at, id LIMIT :limit""")
                .bind("held", Handoff.State.ACKNOWLEDGED.name()).bind("limit", limit)
                .map((rows, context) -> HandoffRows.handoff(rows))
                .list());
    }
}
