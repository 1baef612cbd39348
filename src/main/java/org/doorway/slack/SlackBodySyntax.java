package org.doorway.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Whether a signed body can be read at all: Events API JSON must be a JSON
 * object; a form must decode, and its {@code payload} (interactivity), when
 * there is one, must be a JSON object. Says nothing of which fields are there:
 * that is {@link PayloadShape}'s part. Stateless.
 */
final class SlackBodySyntax {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackBodySyntax() {}

    /** What makes the body unreadable, or empty when Bolt can be given it. */
    static Optional<String> problem(String contentType, String body) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/json")) {
            return jsonObject(body, "the body");
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return form(body);
        }
        return Optional.of("content type '" + shorten(contentType) + "' is neither JSON nor a form");
    }

    private static Optional<String> form(String body) {
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException badEscape) {
                return Optional.of("the form does not decode");
            }
            if (name.equals("payload")) {
                return jsonObject(value, "the payload");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> jsonObject(String text, String what) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? Optional.empty() : Optional.of(what + " is not a JSON object");
        } catch (JsonProcessingException notJson) {
            return Optional.of(what + " is not JSON");
        }
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
