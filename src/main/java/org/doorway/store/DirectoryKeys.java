package org.doorway.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doorway.config.ReportSettings;

/**
 * The directory setting keyed as the event log keys staff: each member's
 * platform and user id turned into their pseudonymous staff key, mapped to
 * their department. So reports group by department without the log, a
 * report or an export ever holding a chat id.
 */
public final class DirectoryKeys {
    private DirectoryKeys() {}

    public static Map<String, String> departments(Database database, List<ReportSettings.DirectoryEntry> entries) {
        StaffKeys keys = new StaffKeys(database);
        Map<String, String> departments = new HashMap<>();
        entries.forEach(entry -> departments.put(keys.of(entry.platform(), entry.userId()), entry.department()));
        return Map.copyOf(departments);
    }
}
