package org.doorway.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorway.privacy.Subject;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * A subject's data outside their own conversations, for export and erasure:
 * their webinar reminders (by user id), events set aside for an operator
 * (whose kept work names them as a JSON string) and the admin console's audit
 * log (as the actor, by the email the roster gives their chat id, or named in
 * a change's before or after). Erasure deletes reminders and set-aside
 * events, and in the audit log replaces the actor and the changed thing, so
 * the log still says when what kind of change was made. Joins the caller's handle.
 */
final class SubjectMentions {
    private final Handle handle;
    private final Subject subject;
    private final Set<String> ids;
    private final Set<String> emails;

    SubjectMentions(Handle handle, Subject subject, Set<String> ids) {
        this.handle = handle;
        this.subject = subject;
        this.ids = ids;
        this.emails = new LinkedHashSet<>(handle.createQuery("SELECT t.email FROM technologists t "
                        + "JOIN technologist_chat_ids c ON c.technologist_id = t.id "
                        + "WHERE c.platform = :platform AND c.user_id IN (<ids>)")
                .bind("platform", subject.platform()).bindList("ids", List.copyOf(ids)).mapTo(String.class).list());
    }

    void export(Map<String, Object> held) {
        held.put("webinar_reminders", rows("SELECT * FROM webinar_reminders WHERE platform = :platform "
                + "AND user_id IN (<ids>) ORDER BY id"));
        held.put("set_aside_events", rows("SELECT * FROM set_aside_events WHERE " + named("work", ids.size())
                + " ORDER BY set_aside_at"));
        held.put("admin_audit_log", rows("SELECT * FROM admin_audit_log WHERE " + inAuditLog() + " ORDER BY id"));
    }

    void erase(Map<String, Integer> changed, String stand) {
        changed.put("webinar_reminders", bound(handle.createUpdate("DELETE FROM webinar_reminders "
                + "WHERE platform = :platform AND user_id IN (<ids>)")).execute());
        changed.put("set_aside_events", bound(handle.createUpdate("DELETE FROM set_aside_events WHERE "
                + named("work", ids.size()))).execute());
        int audit = 0;
        if (!emails.isEmpty()) {
            audit += bound(handle.createUpdate("UPDATE admin_audit_log SET actor = :stand WHERE actor IN (<emails>)"))
                    .bind("stand", stand).execute();
        }
        audit += bound(handle.createUpdate("UPDATE admin_audit_log SET before_json = CASE WHEN before_json IS NULL "
                + "THEN NULL ELSE :erased END, after_json = CASE WHEN after_json IS NULL THEN NULL ELSE :erased END "
                + "WHERE " + changeNames())).bind("erased", "\"" + JdbiPersonalData.ERASED + "\"").execute();
        changed.put("admin_audit_log", audit);
    }

    private String inAuditLog() {
        return emails.isEmpty() ? changeNames() : "(actor IN (<emails>) OR " + changeNames() + ")";
    }

    private String changeNames() {
        return "(" + named("before_json", names().size()) + " OR " + named("after_json", names().size()) + ")";
    }

    /** The ids first, then the emails: pattern {@code :nameN} stands for the N-th. */
    private List<String> names() {
        Set<String> names = new LinkedHashSet<>(ids);
        names.addAll(emails);
        return List.copyOf(names);
    }

    /** {@code column} holds one of the first {@code count} names as a whole JSON string. */
    private static String named(String column, int count) {
        List<String> tests = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            tests.add(column + " LIKE :name" + index + " ESCAPE '!'");
        }
        return "(" + String.join(" OR ", tests) + ")";
    }

    /** Binds everything a statement here may use; each uses only some of it. */
    private <T extends SqlStatement<T>> T bound(T statement) {
        statement.configure(SqlStatements.class, config -> config.setUnusedBindingAllowed(true));
        statement.bind("platform", subject.platform()).bindList("ids", List.copyOf(ids));
        if (!emails.isEmpty()) {
            statement.bindList("emails", List.copyOf(emails));
        }
        List<String> names = names();
        for (int index = 0; index < names.size(); index++) {
            statement.bind("name" + index, "%\"" + names.get(index).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "\"%");
        }
        return statement;
    }

    private List<Map<String, Object>> rows(String sql) {
        return new ArrayList<>(bound(handle.createQuery(sql)).mapToMap().list());
    }
}
