package org.doorway.web.admin;

/** The console's operational pages: the roster editor, the queues and the audit export. */
record OperationsRoutes(RosterRoutes roster, QueueRoutes queues, AuditDownload auditDownload) {}
