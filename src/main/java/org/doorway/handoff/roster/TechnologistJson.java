package org.doorway.handoff.roster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorway.handoff.Technologist;

/**
 * A technologist as JSON, in the roster file's own keys ({@code name},
 * {@code slack}, {@code hours: {mon: "09:00-17:00"}}, {@code away: [{from, to}]}
 * …): what the audit log keeps before and after a change, and what the JSON
 * API reads and writes. Reading takes values as typed, for {@link EntryCheck}.
 */
public final class TechnologistJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TechnologistJson() {}

    public static ObjectNode toTree(Technologist technologist) {
        EntryFields fields = EntryFields.of(technologist);
        ObjectNode tree = JSON.createObjectNode();
        tree.put("id", technologist.id());
        tree.put("name", fields.name());
        tree.put("email", fields.email());
        tree.put("timezone", fields.timezone());
        technologist.chatId("slack").ifPresent(id -> tree.put("slack", id));
        technologist.chatId("teams").ifPresent(id -> tree.put("teams", id));
        ObjectNode hours = tree.putObject("hours");
        EntryFields.DAYS.stream().filter(fields.hours()::containsKey).forEach(day -> hours.put(day, fields.hours().get(day)));
        ArrayNode away = tree.putArray("away");
        fields.away().forEach(leave -> away.addObject().put("from", leave.from()).put("to", leave.to()));
        ArrayNode expertise = tree.putArray("expertise");
        fields.expertise().forEach(expertise::add);
        tree.put("capacity", technologist.capacity());
        tree.put("available", technologist.available());
        return tree;
    }

    /** The fields of a JSON body as typed; anything missing or of the wrong shape reads as empty, for the checks to name. */
    public static EntryFields fields(JsonNode tree) {
        Map<String, String> hours = new LinkedHashMap<>();
        tree.path("hours").fields().forEachRemaining(day -> hours.put(day.getKey(), text(day.getValue())));
        List<EntryFields.Leave> away = new ArrayList<>();
        tree.path("away").forEach(leave -> away.add(new EntryFields.Leave(text(leave.path("from")), text(leave.path("to")))));
        List<String> expertise = new ArrayList<>();
        tree.path("expertise").forEach(id -> expertise.add(text(id)));
        JsonNode available = tree.path("available");
        return new EntryFields(text(tree.path("name")), text(tree.path("email")), text(tree.path("timezone")),
                text(tree.path("slack")), text(tree.path("teams")), hours, away, expertise, text(tree.path("capacity")),
                !available.isBoolean() || available.booleanValue());
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : "";
    }
}
