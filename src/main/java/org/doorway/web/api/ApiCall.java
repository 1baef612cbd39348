package org.doorway.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.doorway.admin.AdminUser;

/** One API request: method, path under {@code /api/admin/v1}, the token's user, and the body read within its limit. */
record ApiCall(HttpServletRequest request, HttpServletResponse response, String path, AdminUser user) {
    /** Far above any one tool or technologist; a bigger body is refused unread. */
    static final int MAX_BODY = 64 * 1024;

    String method() {
        return request.getMethod();
    }

    boolean is(String method, String exactPath) {
        return method().equals(method) && path.equals(exactPath);
    }

    /** The JSON body, or empty after answering 413, 415 or 400 (then nothing else is done). */
    Optional<JsonNode> body() throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            ApiJson.error(response, 415, "unsupported-media-type", "Send the body as JSON with Content-Type: application/json.");
            return Optional.empty();
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            ApiJson.error(response, 413, "too-large", "The body is over " + MAX_BODY / 1024 + " KB.");
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            ApiJson.error(response, 413, "too-large", "The body is over " + MAX_BODY / 1024 + " KB.");
            return Optional.empty();
        }
        try {
            JsonNode tree = ApiJson.MAPPER.readTree(bytes);
            if (tree == null || !tree.isObject()) {
                ApiJson.error(response, 400, "bad-json", "The body must be a JSON object.");
                return Optional.empty();
            }
            return Optional.of(tree);
        } catch (JsonProcessingException unreadable) {
            ApiJson.error(response, 400, "bad-json", "The body is not valid JSON (line "
                    + unreadable.getLocation().getLineNr() + ", column " + unreadable.getLocation().getColumnNr() + ").");
            return Optional.empty();
        }
    }

    /** The version a write is based on, from {@code If-Match} (quotes optional); empty after answering 428. */
    Optional<String> ifMatch() throws IOException {
        String version = request.getHeader("If-Match");
        if (version == null || version.isBlank()) {
            ApiJson.error(response, 428, "version-required", "Send If-Match with the ETag from your GET, so a change "
                    + "made meanwhile is not overwritten.");
            return Optional.empty();
        }
        return Optional.of(version.strip().replace("\"", ""));
    }

    void send(int status, Object body) throws IOException {
        ApiJson.send(response, status, body);
    }

    void error(int status, String code, String message) throws IOException {
        ApiJson.error(response, status, code, message);
    }

    void forbidden() throws IOException {
        error(403, "forbidden", "This token's role (" + user.role().wireName() + ") cannot do this.");
    }
}
