package org.doorway.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The API's one JSON mapper, and its answers: a body, or an error as {@code {"error": {"code", "message"}}}. */
public final class ApiJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ApiJson() {}

    public static void send(HttpServletResponse response, int status, Object body) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** An error a script can branch on ({@code code}) and a person can read ({@code message}). */
    public static void error(HttpServletResponse response, int status, String code, String message) throws IOException {
        ObjectNode body = MAPPER.createObjectNode();
        body.putObject("error").put("code", code).put("message", message);
        send(response, status, body);
    }
}
