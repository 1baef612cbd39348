package org.doorway.reports;

import java.util.List;
import java.util.Map;

/** Requests by the department or faculty of the member of staff who asked, from the directory setting. */
final class Departments {
    static final String UNKNOWN = "(not in the directory)";

    private Departments() {}

    static Section section(List<RequestStory> stories, Map<String, String> departmentOf) {
        Map<String, List<Long>> groups = Figures.grouped();
        stories.forEach(story -> Figures.add(groups, departmentOf.getOrDefault(story.staffKey(), UNKNOWN),
                story.id()));
        String description = departmentOf.isEmpty()
                ? "No directory is set, so every request is " + UNKNOWN + ": set DEPARTMENTS_FILE to a CSV of "
                        + "department, platform, user id."
                : "The department of the member of staff who asked, from the directory (as it is today).";
        return new Section("departments", "Requests by department", description,
                Figures.groups(groups, department -> "department:" + department, department -> department),
                List.of());
    }
}
