package org.doorway.web.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.doorway.admin.Unclear;
import org.doorway.needs.Need;

/**
 * "What Doorway did not understand": each message with why it is here and
 * the need it most likely meant, and the two ways on: keep it as an example
 * phrasing of a need, or start a catalogue entry for it.
 */
public record UnclearPage(List<Row> rows, List<Need> needs, String notice, boolean canAct) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

    public record Row(long id, String at, String text, String reason, String needId, String newToolLink) {}

    static UnclearPage of(List<Unclear> unclear, List<Need> needs, ZoneId zone, String notice, boolean canAct) {
        List<Row> rows = unclear.stream().map(item -> new Row(item.requestId(), WHEN.format(item.at().atZone(zone)),
                item.text(), item.reason().label(), item.needId().orElse(""),
                "/admin/tools/new?need=" + URLEncoder.encode(item.needId().orElse(""), StandardCharsets.UTF_8)
                        + "&from-request=" + item.requestId())).toList();
        return new UnclearPage(rows, needs, notice, canAct);
    }
}
