package org.doorway.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.doorway.admin.AdminSession;
import org.doorway.admin.AdminSessions;

/**
 * Who is asking for a report. Today: the console's signed-in session (its
 * cookie). The /api/admin/v1 bearer tokens join here as a second way in
 * ({@link #or}), so the report routes never change. Every role may read
 * reports: they hold counts and pseudonyms only.
 */
@FunctionalInterface
interface ReportCallers {

    /** The caller's name for logs, when the request is authenticated. */
    Optional<String> caller(HttpServletRequest request);

    default ReportCallers or(ReportCallers other) {
        return request -> caller(request).or(() -> other.caller(request));
    }

    static ReportCallers sessions(AdminSessions sessions) {
        return request -> sessions.find(Cookies.read(request, Cookies.SESSION)).map(AdminSession::user)
                .map(user -> user.email());
    }
}
