package org.doorway.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorway.privacy.DataKind;
import org.doorway.privacy.PersonalData;
import org.doorway.privacy.Subject;
import org.jdbi.v3.core.Handle;

/**
 * Where personal data lives in Doorway's tables, and how each kind is
 * exported, erased and expired. Anonymised rows keep what reports count (the
 * outcome, the need, the state, the times) and lose what says who or what was
 * written. Each request is one unit of work.
 */
public final class JdbiPersonalData implements PersonalData {
    static final String EXPIRED = "[expired]";
    static final String ERASED = "[erased]";

    /** One retention rule: rows of {@code table} matching {@code where} are updated by {@code set}, or deleted. */
    private record Rule(String table, String where, String set) {
        String count() {
            return "SELECT COUNT(*) FROM " + table + " WHERE " + where;
        }

        String apply() {
            return set == null ? "DELETE FROM " + table + " WHERE " + where
                    : "UPDATE " + table + " SET " + set + " WHERE " + where;
        }
    }

    private static final Map<DataKind, List<Rule>> RULES = Map.of(
            DataKind.CONVERSATION_TEXT, List.of(
                    new Rule("conversations", "updated_at < :cutOff", null),
                    new Rule("requests", "created_at < :cutOff AND text NOT IN ('" + EXPIRED + "', '" + ERASED + "')",
                            "text = '" + EXPIRED + "'"),
                    new Rule("follow_ups", "created_at < :cutOff AND problem NOT IN ('" + EXPIRED + "', '" + ERASED
                            + "')", "problem = '" + EXPIRED + "', notes = '" + EXPIRED + "', comment = NULL")),
            DataKind.HANDOFF_SUMMARIES, List.of(
                    new Rule("handoffs", "state = 'RESOLVED' AND requested_at < :cutOff AND summary NOT IN ('"
                            + EXPIRED + "', '" + ERASED + "')",
                            "problem = '" + EXPIRED + "', summary = '" + EXPIRED + "', staff_name = '" + EXPIRED + "'")),
            DataKind.EVENTS, List.of(
                    new Rule("request_events", "at < :cutOff AND detail IS NOT NULL", "detail = NULL"),
                    new Rule("handoff_history", "at < :cutOff AND detail <> ''", "detail = ''")),
            DataKind.OUTCOMES, List.of(
                    new Rule("requests", "created_at < :cutOff AND user_id <> 'anonymous' AND user_id NOT LIKE 'erased:%'",
                            "user_id = 'anonymous', conversation_id = 'anonymous'"),
                    new Rule("handoffs", "state = 'RESOLVED' AND requested_at < :cutOff AND staff_user <> 'anonymous' "
                            + "AND staff_user NOT LIKE 'erased:%'",
                            "staff_user = 'anonymous', staff_conversation = 'anonymous'"),
                    new Rule("follow_ups", "created_at < :cutOff AND user_id <> 'anonymous' AND user_id NOT LIKE "
                            + "'erased:%'", "user_id = 'anonymous', conversation = 'anonymous', person_name = NULL, "
                            + "contact = FALSE")),
            DataKind.AUDIT, List.of(new Rule("data_protection_log", "at < :cutOff", null)),
            DataKind.ADMIN_AUDIT, List.of(new Rule("admin_audit_log", "at < :cutOff", null)),
            DataKind.WEBINAR_REMINDERS, List.of(new Rule("webinar_reminders", "ends_at < :cutOff", null)),
            DataKind.SET_ASIDE_EVENTS, List.of(new Rule("set_aside_events", "set_aside_at < :cutOff", null)));

    private final Database database;

    public JdbiPersonalData(Database database) {
        this.database = database;
    }

    @Override
    public Map<String, Object> export(Subject subject) {
        return database.inTransaction(() -> database.withHandle(handle -> {
            Set<String> ids = ids(handle, subject);
            Map<String, Object> held = new LinkedHashMap<>();
            held.put("subject", subject.toString());
            held.put("conversations", rows(handle, "SELECT * FROM conversations WHERE platform = :platform "
                    + "AND user_id IN (<ids>)", subject, ids));
            held.put("requests", rows(handle, "SELECT * FROM requests WHERE platform = :platform "
                    + "AND user_id IN (<ids>) ORDER BY id", subject, ids));
            held.put("request_events", rows(handle, "SELECT * FROM request_events WHERE request_id IN (SELECT id "
                    + "FROM requests WHERE platform = :platform AND user_id IN (<ids>)) ORDER BY id", subject, ids));
            held.put("handoffs", rows(handle, "SELECT * FROM handoffs WHERE staff_platform = :platform "
                    + "AND staff_user IN (<ids>) ORDER BY id", subject, ids));
            held.put("handoff_history", rows(handle, "SELECT * FROM handoff_history WHERE handoff_id IN (SELECT id "
                    + "FROM handoffs WHERE staff_platform = :platform AND staff_user IN (<ids>)) ORDER BY id",
                    subject, ids));
            held.put("follow_ups", rows(handle, "SELECT * FROM follow_ups WHERE platform = :platform "
                    + "AND user_id IN (<ids>) ORDER BY id", subject, ids));
            held.put("case_studies", rows(handle, "SELECT * FROM case_study_drafts WHERE follow_up_id IN (SELECT id "
                    + "FROM follow_ups WHERE platform = :platform AND user_id IN (<ids>)) ORDER BY id", subject, ids));
            held.put("colleague_intros", rows(handle, "SELECT * FROM colleague_intros WHERE platform = :platform "
                    + "AND user_id IN (<ids>) ORDER BY id", subject, ids));
            held.put("technologist", rows(handle, "SELECT t.* FROM technologists t JOIN technologist_chat_ids c "
                    + "ON c.technologist_id = t.id WHERE c.platform = :platform AND c.user_id IN (<ids>)", subject, ids));
            held.put("teams_conversations", subject.platform().equals("teams") ? rows(handle,
                    "SELECT * FROM teams_conversations WHERE user_id IN (<ids>) OR user_aad_id IN (<ids>)", subject, ids)
                    : List.of());
            held.put("teams_sign_in_names", subject.platform().equals("teams") ? rows(handle,
                    "SELECT * FROM teams_sign_in_names WHERE person_id IN (<ids>)", subject, ids) : List.of());
            new SubjectMentions(handle, subject, ids).export(held);
            return held;
        }));
    }

    @Override
    public Map<String, Integer> erase(Subject subject) {
        String stand = "erased:" + subject.digest();
        return database.inTransaction(() -> database.withHandle(handle -> {
            Set<String> ids = ids(handle, subject);
            Map<String, Integer> changed = new LinkedHashMap<>();
            changed.put("conversations", update(handle, "DELETE FROM conversations WHERE platform = :platform "
                    + "AND user_id IN (<ids>)", subject, ids, stand));
            changed.put("request_events", update(handle, "UPDATE request_events SET detail = NULL WHERE request_id IN "
                    + "(SELECT id FROM requests WHERE platform = :platform AND user_id IN (<ids>))", subject, ids, stand));
            changed.put("requests", update(handle, "UPDATE requests SET text = '" + ERASED + "', user_id = :stand, "
                    + "conversation_id = :stand WHERE platform = :platform AND user_id IN (<ids>)", subject, ids, stand));
            changed.put("handoff_history", update(handle, "UPDATE handoff_history SET detail = '' WHERE handoff_id IN "
                    + "(SELECT id FROM handoffs WHERE staff_platform = :platform AND staff_user IN (<ids>))",
                    subject, ids, stand));
            changed.put("handoffs", update(handle, "UPDATE handoffs SET staff_user = :stand, staff_conversation = :stand, "
                    + "staff_name = '" + ERASED + "', problem = '" + ERASED + "', summary = '" + ERASED + "' "
                    + "WHERE staff_platform = :platform AND staff_user IN (<ids>)", subject, ids, stand));
            changed.put("case_study_drafts", update(handle, "UPDATE case_study_drafts SET state = 'withdrawn', "
                    + "author = NULL, summary = '" + ERASED + "' WHERE follow_up_id IN (SELECT id FROM follow_ups "
                    + "WHERE platform = :platform AND user_id IN (<ids>))", subject, ids, stand));
            changed.put("follow_ups", update(handle, "UPDATE follow_ups SET user_id = :stand, conversation = :stand, "
                    + "person_name = NULL, problem = '" + ERASED + "', notes = '" + ERASED + "', comment = NULL, "
                    + "comment_until = NULL, contact = FALSE WHERE platform = :platform AND user_id IN (<ids>)",
                    subject, ids, stand));
            changed.put("colleague_intros", update(handle, "UPDATE colleague_intros SET user_id = :stand, "
                    + "conversation = :stand, asker_name = '" + ERASED + "' WHERE platform = :platform "
                    + "AND user_id IN (<ids>)", subject, ids, stand));
            new SubjectMentions(handle, subject, ids).erase(changed, stand);
            if (subject.platform().equals("teams")) {
                changed.put("teams_conversations", update(handle, "DELETE FROM teams_conversations "
                        + "WHERE user_id IN (<ids>) OR user_aad_id IN (<ids>)", subject, ids, stand));
                changed.put("teams_sign_in_names", update(handle, "DELETE FROM teams_sign_in_names "
                        + "WHERE person_id IN (<ids>)", subject, ids, stand));
            }
            return changed;
        }));
    }

    @Override
    public int expire(DataKind kind, Instant cutOff, boolean apply) {
        return database.inTransaction(() -> database.withHandle(handle -> {
            int total = 0;
            for (Rule rule : RULES.get(kind)) {
                total += apply ? handle.createUpdate(rule.apply()).bind("cutOff", cutOff.toEpochMilli()).execute()
                        : handle.createQuery(rule.count()).bind("cutOff", cutOff.toEpochMilli())
                                .mapTo(Integer.class).one();
            }
            return total;
        }));
    }

    @Override
    public void record(String action, String subjectDigest, String detail, Instant at) {
        database.useHandle(handle -> handle.createUpdate("INSERT INTO data_protection_log (at, action, subject, detail) "
                        + "VALUES (:at, :action, :subject, :detail)")
                .bind("at", at.toEpochMilli()).bind("action", action).bind("subject", subjectDigest)
                .bind("detail", detail).execute());
    }

    /** The subject's ids: a Teams user is known by their Teams id and their Entra object id. */
    private static Set<String> ids(Handle handle, Subject subject) {
        Set<String> ids = new LinkedHashSet<>(List.of(subject.userId()));
        if (subject.platform().equals("teams")) {
            handle.createQuery("SELECT user_id, user_aad_id FROM teams_conversations "
                            + "WHERE user_id = :id OR user_aad_id = :id")
                    .bind("id", subject.userId()).mapToMap().forEach(row -> row.values().forEach(value -> {
                        if (value != null) {
                            ids.add(value.toString());
                        }
                    }));
        }
        return ids;
    }

    private static List<Map<String, Object>> rows(Handle handle, String sql, Subject subject, Set<String> ids) {
        return new ArrayList<>(handle.createQuery(sql).bind("platform", subject.platform())
                .bindList("ids", List.copyOf(ids)).mapToMap().list());
    }

    private static int update(Handle handle, String sql, Subject subject, Set<String> ids, String stand) {
        var update = handle.createUpdate(sql).bindList("ids", List.copyOf(ids));
        if (sql.contains(":platform")) {
            update.bind("platform", subject.platform());
        }
        if (sql.contains(":stand")) {
            update.bind("stand", stand);
        }
        return update.execute();
    }
}
