package org.doorway.web.admin;

import java.io.IOException;
import java.util.Map;

/** The console's own error pages: a kind sentence and a way back, never a stack trace or a server version. */
final class ErrorPages {
    private final Pages pages;

    ErrorPages(Pages pages) {
        this.pages = pages;
    }

    void forbidden(Exchange exchange) throws IOException {
        show(exchange, 403, "Not allowed", "Your role cannot do this. Ask an admin if you need it.");
    }

    void expiredForm(Exchange exchange) throws IOException {
        show(exchange, 403, "Form expired", "This form had expired, so nothing was changed. Go back, reload the page and try again.");
    }

    void badRequest(Exchange exchange, String message) throws IOException {
        show(exchange, 400, "Not understood", message);
    }

    void notFound(Exchange exchange) throws IOException {
        show(exchange, 404, "Not found", "There is no such page in the console.");
    }

    void failed(Exchange exchange) throws IOException {
        show(exchange, 500, "Something went wrong", "Doorway could not finish this, and nothing was changed. "
                + "Try again in a moment; if it keeps happening, the server log says why.");
    }

    void show(Exchange exchange, int status, String title, String message) throws IOException {
        exchange.response().resetBuffer();
        pages.render(exchange.response(), status, "error", Map.of("chrome", exchange.chrome(title, ""),
                "message", message, "next", exchange.session().isPresent() ? "/admin/tools" : "/admin/sign-in"));
    }
}
