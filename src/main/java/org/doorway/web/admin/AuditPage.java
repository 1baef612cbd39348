package org.doorway.web.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.doorway.admin.AuditEntry;

/**
 * A page of the audit log, each entry with the fields that differ between
 * its before and after (top-level fields of the entry, compared as JSON).
 */
public record AuditPage(List<Shown> entries, int offset, boolean more) {
    public static final int PAGE = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What each recorded action is called on the page. */
    private static final java.util.Map<String, String> ACTIONS = java.util.Map.of(
            "tool.update", "Changed the catalogue entry",
            org.doorway.admin.Drafting.DRAFT, "Saved a draft of the catalogue entry",
            org.doorway.admin.Reviewing.PUBLISH, "Approved and published the catalogue entry",
            org.doorway.admin.Reviewing.REJECT, "Rejected a draft of the catalogue entry",
            org.doorway.admin.Rollback.ROLLBACK, "Restored an earlier version of the catalogue entry");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    /** An entry as shown: when (in the institution's zone), who, what, and each changed field. */
    public record Shown(String at, String actor, String action, String subject, List<Change> changes) {
        /** Where the subject is shown in the console, or null where it has no page (then jte prints no link). */
        public String link() {
            if (subject.startsWith("technologist:")) {
                return RosterEditPage.path(subject.substring("technologist:".length()));
            }
            if (subject.equals(org.doorway.admin.ClosureEditing.SUBJECT)) {
                return "/admin/roster#closures";
            }
            return subject.contains(":") ? null : "/admin/tools/" + subject;
        }
    }

    public record Change(String field, String before, String after) {}

    static AuditPage of(List<AuditEntry> fetched, int offset, ZoneId zone) {
        boolean more = fetched.size() > PAGE;
        List<Shown> shown = fetched.stream().limit(PAGE).map(entry -> new Shown(
                WHEN.format(entry.at().atZone(zone)), entry.actor(), ACTIONS.getOrDefault(entry.action(), entry.action()),
                entry.subject(),
                changes(entry.before(), entry.after()))).toList();
        return new AuditPage(shown, offset, more);
    }

    static List<Change> changes(String before, String after) {
        JsonNode old = read(before);
        JsonNode now = read(after);
        Set<String> fields = new LinkedHashSet<>();
        old.fieldNames().forEachRemaining(fields::add);
        now.fieldNames().forEachRemaining(fields::add);
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode a = old.path(field);
            JsonNode b = now.path(field);
            if (!a.equals(b)) {
                changes.add(new Change(field, text(a), text(b)));
            }
        }
        return changes;
    }

    private static String text(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static JsonNode read(String json) {
        if (json == null || json.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException unreadable) {
            return JSON.createObjectNode();
        }
    }
}
