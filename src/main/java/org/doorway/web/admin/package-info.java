/**
 * The admin console's web side: the servlet under {@code /admin}, its jte
 * templates (in {@code src/main/jte}, precompiled at build time into
 * {@code org.doorway.web.admin.templates}), htmx and the stylesheet served
 * from the jar, cookies, CSRF and security headers, and single sign-on with
 * OpenID Connect (Nimbus). The rules themselves are in {@code org.doorway.admin}.
 */
package org.doorway.web.admin;
