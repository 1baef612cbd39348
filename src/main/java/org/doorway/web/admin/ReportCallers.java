package org.doorway.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.doorway.admin.AdminSession;
import org.doorway.admin.AdminSessions;

/**
 * Who is asking for a report: on the page, the console's signed-in session
 * (its cookie); on {@code /api/admin/v1/reports}, the bearer token the API's
 * filter checked (given by the wiring, so the report routes never change).
 * Every role may read reports: they hold counts and pseudonyms only.
 */
@FunctionalInterface
public interface ReportCallers {

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
