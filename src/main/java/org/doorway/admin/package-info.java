/**
 * The admin console's rules, free of HTTP, HTML and SQL: who may sign in and
 * with which {@link org.doorway.admin.Role}, single-use sign-in links,
 * sessions with their CSRF tokens, the sign-in rate limit, editing one
 * catalogue entry with the catalogue's own checks, and the append-only audit
 * log every change is written to. The pages are in {@code web.admin}; the
 * tables in {@code store}.
 */
package org.doorway.admin;
