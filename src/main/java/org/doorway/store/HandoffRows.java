package org.doorway.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorway.DoorwayException;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.HandoffRequest;

/** Turns handoff rows into values and lists into JSON text, the same on SQLite and PostgreSQL. */
final class HandoffRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HandoffRows() {}

    static Handoff handoff(ResultSet rows) throws SQLException {
        HandoffRequest request = new HandoffRequest(rows.getLong("request_id"),
                new ConversationKey(rows.getString("staff_platform"), rows.getString("staff_user"),
                        rows.getString("staff_conversation")),
                rows.getString("staff_name"), HandoffRequest.Kind.valueOf(rows.getString("kind")),
                rows.getString("problem"), strings(rows.getString("need_ids")), strings(rows.getString("tool_ids")),
                fields(rows.getString("summary")), Instant.ofEpochMilli(rows.getLong("requested_at")),
                rows.getInt("urgent") != 0);
        return new Handoff(rows.getLong("id"), request, Handoff.State.valueOf(rows.getString("state")),
                Optional.ofNullable(rows.getString("technologist_id")), instant(rows, "offered_at"),
                instant(rows, "due_at"), instant(rows, "acknowledged_at"), instant(rows, "resolved_at"),
                Optional.ofNullable(rows.getString("outcome")), rows.getInt("missed_deadlines"),
                instant(rows, "team_posted_at"), rows.getInt("version"));
    }

    static Optional<Instant> instant(ResultSet rows, String column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    static Long millis(Optional<Instant> at) {
        return at.map(Instant::toEpochMilli).orElse(null);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new DoorwayException("cannot write JSON for a handoff", impossible);
        }
    }

    static String fieldsJson(List<Reply.Field> fields) {
        return json(fields.stream().map(field -> Map.of("label", field.label(), "value", field.value())).toList());
    }

    static List<String> strings(String json) {
        return read(json, new TypeReference<List<String>>() {});
    }

    private static List<Reply.Field> fields(String json) {
        return read(json, new TypeReference<List<Map<String, String>>>() {}).stream()
                .map(field -> new Reply.Field(field.get("label"), field.get("value")))
                .toList();
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException corrupt) {
            throw new DoorwayException("a stored handoff is not readable JSON: " + corrupt.getMessage(), corrupt);
        }
    }
}
