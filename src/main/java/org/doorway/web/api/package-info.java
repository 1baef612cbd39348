/**
 * The admin JSON API under {@code /api/admin/v1/}: tools, roster, handoffs and
 * the audit log for institutions that script them, behind
 * {@link org.doorway.web.api.BearerAuth} (tokens made by {@code doorway admin
 * token create}). Writes go through the same rules as the console
 * ({@code org.doorway.admin}); errors are JSON, never a stack trace. Also the
 * audit log's CSV and JSON export, shared with the console.
 */
package org.doorway.web.api;
