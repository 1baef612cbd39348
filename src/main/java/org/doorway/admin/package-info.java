/**
 * The admin console's rules, free of HTTP, HTML and SQL: who may sign in and
 * with which {@link org.doorway.admin.Role}, single-use sign-in links,
 * sessions with their CSRF tokens, the sign-in rate limit, the catalogue's
 * review workflow (an edit or a new tool is a {@link org.doorway.admin.Draft}
 * checked with the catalogue's own rules; a second admin publishes it; every
 * published version is kept and any can be restored), reminders to entries'
 * owners when a review date passes, and the append-only audit log every
 * change is written to. The pages are in {@code web.admin}; the
 * tables in {@code store}.
 */
package org.doorway.admin;
