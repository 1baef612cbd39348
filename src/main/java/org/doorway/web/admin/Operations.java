package org.doorway.web.admin;

import org.doorway.admin.ClosureEditing;
import org.doorway.admin.Learning;
import org.doorway.admin.RosterEditing;
import org.doorway.handoff.HandoffService;
import org.doorway.handoff.Roster;
import org.doorway.web.api.AuditExport;

/**
 * What the console's roster, queue and audit-export pages work with:
 * {@code roster} as stored (what the editor changes) and {@code routed} as
 * routing sees it (closures counted as leave), the use cases that change
 * them, the handoff desk for reassigning, and the audit export.
 */
public record Operations(Roster roster, Roster routed, RosterEditing rosterEditing, ClosureEditing closures,
        HandoffService handoffs, Learning learning, AuditExport auditExport) {}
