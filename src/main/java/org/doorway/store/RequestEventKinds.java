package org.doorway.store;

import java.util.Locale;
import org.doorway.reports.EventKinds;

/**
 * How intake's {@code Requests.event(id, kind, detail, at)} calls land in the
 * conversation event log: the reaction "looks right" is an acceptance, "show
 * other options" a rejection; a suggestion's, a chosen need's and an
 * outcome's detail are read for the need and the tool. Every other kind is
 * kept as it came.
 */
record RequestEventKinds(String kind, String needId, String toolId, String detail) {

    static RequestEventKinds of(String kind, String detail) {
        String text = detail == null ? "" : detail.strip();
        return switch (kind) {
            case "reaction" -> switch (text.toLowerCase(Locale.ROOT)) {
                case "looks right" -> new RequestEventKinds(EventKinds.ACCEPTED, null, null, text);
                case "show other options" -> new RequestEventKinds(EventKinds.REJECTED, null, null, text);
                default -> new RequestEventKinds(kind, null, null, text);
            };
            case EventKinds.SUGGESTED -> {
                int colon = text.indexOf(": ");
                String need = colon < 0 ? null : text.substring(0, colon);
                String tools = colon < 0 ? text : text.substring(colon + 2);
                yield new RequestEventKinds(kind, need, first(tools.split(",\\s*")[0]), tools);
            }
            case EventKinds.NEED_CHOSEN, EventKinds.NO_TOOLS, EventKinds.UNSURE ->
                    new RequestEventKinds(kind, first(text.split(",\\s*")[0]), null, text);
            case EventKinds.OUTCOME -> {
                String[] parts = text.split("\\s+", 2);
                yield new RequestEventKinds(kind, null, first(parts[0]), parts.length > 1 ? parts[1] : null);
            }
            default -> new RequestEventKinds(kind, null, null, detail);
        };
    }

    private static String first(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
