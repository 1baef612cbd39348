package org.doorway.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.doorway.followup.OutcomeTallies;
import org.doorway.followup.OutcomeTally;

/**
 * Outcome figures: suggestions counted from the request log's "suggested"
 * events ({@code need: tool, tool}, each request once per tool and need), the
 * rest from {@code follow_ups}. Thread-safe.
 */
public final class JdbiOutcomeTallies implements OutcomeTallies {
    private final Database database;

    public JdbiOutcomeTallies(Database database) {
        this.database = database;
    }

    @Override
    public List<OutcomeTally> all() {
        Map<String, long[]> counts = new TreeMap<>();
        countSuggestions(counts);
        database.useHandle(handle -> handle.createQuery("""
                        SELECT tool_id, need_id, COUNT(*) AS accepted,
                            SUM(CASE WHEN sent_at IS NOT NULL THEN 1 ELSE 0 END) AS sent,
                            SUM(CASE WHEN outcome = 'worked' THEN 1 ELSE 0 END) AS worked,
                            SUM(CASE WHEN outcome = 'partly' THEN 1 ELSE 0 END) AS partly,
                            SUM(CASE WHEN outcome = 'not-yet' THEN 1 ELSE 0 END) AS not_yet,
                            SUM(CASE WHEN outcome = 'didnt-try' THEN 1 ELSE 0 END) AS didnt_try
                        FROM follow_ups WHERE tool_id <> '' GROUP BY tool_id, need_id""")
                .map((row, context) -> {
                    long[] tally = counts.computeIfAbsent(row.getString("tool_id") + "\t" + row.getString("need_id"),
                            key -> new long[7]);
                    tally[1] = row.getLong("accepted");
                    tally[2] = row.getLong("sent");
                    tally[3] = row.getLong("worked");
                    tally[4] = row.getLong("partly");
                    tally[5] = row.getLong("not_yet");
                    tally[6] = row.getLong("didnt_try");
                    return tally;
                }).list());
        List<OutcomeTally> all = new ArrayList<>();
        counts.forEach((key, tally) -> {
            String[] toolAndNeed = key.split("\t", 2);
            all.add(new OutcomeTally(toolAndNeed[0], toolAndNeed[1], tally[0], tally[1], tally[2], tally[3],
                    tally[4], tally[5], tally[6]));
        });
        return all;
    }

    /** Each request counts once per tool and need however often it was shown ("show other options", refinements). */
    private void countSuggestions(Map<String, long[]> counts) {
        Set<String> seen = new HashSet<>();
        database.useHandle(handle -> handle.createQuery(
                        "SELECT request_id, detail FROM request_events WHERE kind = 'suggested'")
                .map((row, context) -> {
                    String[] needAndTools = String.valueOf(row.getString("detail")).split(":\\s*", 2);
                    if (needAndTools.length == 2) {
                        for (String tool : needAndTools[1].split(",\\s*")) {
                            String key = tool.strip() + "\t" + needAndTools[0].strip();
                            if (!tool.isBlank() && seen.add(row.getLong("request_id") + "\t" + key)) {
                                counts.computeIfAbsent(key, absent -> new long[7])[0]++;
                            }
                        }
                    }
                    return 0;
                }).forEach(ignored -> { }));
    }
}
