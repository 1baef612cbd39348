package org.doorway.web.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorway.handoff.roster.EntryFields;

/** A technologist's form as posted: every value as typed, size-limited by {@link Exchange#parameter}. */
final class RosterForm {
    /** Leave rows a form may carry: far more than anyone books ahead. */
    static final int MAX_LEAVE = 30;
    static final int MAX_EXPERTISE = 60;

    private RosterForm() {}

    static EntryFields parse(Exchange exchange) {
        Map<String, String> hours = new LinkedHashMap<>();
        EntryFields.DAYS.forEach(day -> hours.put(day, exchange.parameter("hours." + day)));
        List<EntryFields.Leave> away = new ArrayList<>();
        for (int i = 0; i < MAX_LEAVE; i++) {
            String from = exchange.parameter("away." + i + ".from");
            String to = exchange.parameter("away." + i + ".to");
            if (!from.isEmpty() || !to.isEmpty()) {
                away.add(new EntryFields.Leave(from, to.isEmpty() ? from : to));
            }
        }
        List<String> expertise = Arrays.stream(exchange.parameter("expertise").split("[,\\n]"))
                .map(String::strip).filter(id -> !id.isEmpty()).limit(MAX_EXPERTISE).toList();
        return new EntryFields(exchange.parameter("name"), exchange.parameter("email"), exchange.parameter("timezone"),
                exchange.parameter("slack"), exchange.parameter("teams"), hours, away, expertise,
                exchange.parameter("capacity"), "true".equals(exchange.parameter("available")));
    }
}
