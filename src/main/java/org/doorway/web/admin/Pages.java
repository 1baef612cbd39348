package org.doorway.web.admin;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Renders the console's jte templates (src/main/jte), precompiled into
 * classes at build time, so no template compiler runs in production. Every
 * value is HTML-escaped by jte's Html content type. Thread-safe.
 */
final class Pages {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), "org.doorway.web.admin.templates");

    void render(HttpServletResponse response, int status, String template, Map<String, Object> parameters)
            throws IOException {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template + ".jte", parameters, output);
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(output.getContentLength());
        output.writeTo(response.getOutputStream());
    }
}
