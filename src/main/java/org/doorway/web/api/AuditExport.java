package org.doorway.web.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.doorway.admin.AuditEntry;
import org.doorway.admin.AuditLog;
import org.doorway.admin.AuditQuery;

/**
 * The audit log written out as CSV or JSON, oldest first, filtered by days
 * (in the institution's zone, both included) and subject, read page by page
 * so an export of any size holds one page in memory. CSV cells that a
 * spreadsheet would run as a formula are prefixed with a quote. Thread-safe.
 */
public final class AuditExport {
    static final int PAGE = 1_000;
    static final String[] COLUMNS = {"id", "at", "actor", "action", "subject", "before", "after"};

    private final AuditLog audit;
    private final ZoneId zone;

    public AuditExport(AuditLog audit, ZoneId zone) {
        this.audit = audit;
        this.zone = zone;
    }

    /** The query for days {@code from}..{@code to} (YYYY-MM-DD, either may be empty) and a subject; empty when a day is unreadable. */
    public Optional<AuditQuery> query(String from, String to, String subject) {
        try {
            Optional<Instant> start = day(from).map(day -> day.atStartOfDay(zone).toInstant());
            Optional<Instant> end = day(to).map(day -> day.plusDays(1).atStartOfDay(zone).toInstant());
            Optional<String> about = subject == null || subject.isBlank() ? Optional.empty() : Optional.of(subject.strip());
            return Optional.of(new AuditQuery(start, end, about, 0, PAGE));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    public void csv(AuditQuery query, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(String.join(",", COLUMNS) + "\r\n");
        for (AuditQuery page = query; ; ) {
            List<AuditEntry> entries = audit.find(page);
            for (AuditEntry entry : entries) {
                writer.write(String.join(",", cell(Long.toString(entry.id())), cell(entry.at().toString()),
                        cell(entry.actor()), cell(entry.action()), cell(entry.subject()), cell(entry.before()),
                        cell(entry.after())) + "\r\n");
            }
            if (entries.size() < page.limit()) {
                break;
            }
            page = page.after(entries.get(entries.size() - 1).id());
        }
        writer.flush();
    }

    public void json(AuditQuery query, OutputStream out) throws IOException {
        try (JsonGenerator json = ApiJson.MAPPER.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("entries");
            for (AuditQuery page = query; ; ) {
                List<AuditEntry> entries = audit.find(page);
                for (AuditEntry entry : entries) {
                    json.writeStartObject();
                    json.writeNumberField("id", entry.id());
                    json.writeStringField("at", entry.at().toString());
                    json.writeStringField("actor", entry.actor());
                    json.writeStringField("action", entry.action());
                    json.writeStringField("subject", entry.subject());
                    json.writeFieldName("before");
                    json.writeTree(tree(entry.before()));
                    json.writeFieldName("after");
                    json.writeTree(tree(entry.after()));
                    json.writeEndObject();
                }
                if (entries.size() < page.limit()) {
                    break;
                }
                page = page.after(entries.get(entries.size() - 1).id());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            return ApiJson.MAPPER.nullNode();
        }
        try {
            return ApiJson.MAPPER.readTree(json);
        } catch (JsonProcessingException unreadable) {
            return ApiJson.MAPPER.getNodeFactory().textNode(json);
        }
    }

    private static Optional<LocalDate> day(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
    }

    /** RFC 4180 quoting, and no cell a spreadsheet would take for a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
