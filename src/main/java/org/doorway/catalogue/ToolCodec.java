package org.doorway.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Converts a {@link Tool} to and from the tree shape of the catalogue file
 * (see {@code default-catalogue.yaml}). YAML import/export and the store's
 * JSON column share it, so there is one definition of the format.
 * {@link #fromTree} expects a tree that {@link CatalogueValidator} accepted.
 * Stateless and thread-safe.
 */
public final class ToolCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ToolCodec() {}

    public static ObjectNode toTree(Tool tool) {
        ObjectNode node = NODES.objectNode();
        node.put("id", tool.id());
        node.put("name", tool.name());
        if (!tool.aliases().isEmpty()) {
            ArrayNode aliases = node.putArray("aliases");
            tool.aliases().forEach(aliases::add);
        }
        node.put("summary", tool.summary());
        putText(node, "url", tool.url());
        ArrayNode needs = node.putArray("needs");
        tool.needs().forEach(fit -> needs.addObject().put("need", fit.need()).put("how", fit.how()).put("strength", fit.strength()));
        node.put("support", WireNames.of(tool.support()));
        putText(node, "supported-by", tool.supportedBy());
        if (tool.dataProtection() != null) {
            node.set("data-protection", dataProtection(tool.dataProtection()));
        }
        putText(node, "accessibility", tool.accessibility());
        putText(node, "licence", tool.licence());
        if (tool.licenceUntil() != null) {
            node.put("licence-until", tool.licenceUntil().toString());
        }
        putText(node, "cost-to-students", tool.costToStudents());
        putText(node, "vle-integration", tool.vleIntegration());
        if (tool.classFit() != null && !ClassFit.ANY.equals(tool.classFit())) {
            node.set("class-fit", classFit(tool.classFit()));
        }
        putText(node, "plan-b", tool.planB());
        if (!tool.steps().isEmpty()) {
            ArrayNode steps = node.putArray("steps");
            tool.steps().forEach(steps::add);
        }
        ArrayNode guides = node.putArray("guides");
        tool.guides().forEach(guide -> guides.add(guide(guide)));
        if (!tool.caseStudies().isEmpty()) {
            ArrayNode studies = node.putArray("case-studies");
            tool.caseStudies().forEach(study -> studies.add(caseStudy(study)));
        }
        if (!tool.experts().isEmpty()) {
            ArrayNode experts = node.putArray("experts");
            tool.experts().forEach(experts::add);
        }
        if (tool.reviewBy() != null) {
            node.put("review-by", tool.reviewBy().toString());
        }
        return node;
    }

    public static Tool fromTree(JsonNode node) {
        return new Tool(
                text(node, "id"),
                text(node, "name"),
                text(node, "summary"),
                text(node, "url"),
                list(node.path("needs"), fit -> new NeedFit(text(fit, "need"), text(fit, "how"), fit.path("strength").asInt())),
                WireNames.parse(SupportStatus.class, text(node, "support")).orElseThrow(),
                text(node, "supported-by"),
                node.has("data-protection") ? dataProtection(node.get("data-protection")) : null,
                text(node, "accessibility"),
                text(node, "licence"),
                text(node, "cost-to-students"),
                text(node, "vle-integration"),
                node.has("class-fit") ? classFit(node.get("class-fit")) : ClassFit.ANY,
                text(node, "plan-b"),
                list(node.path("guides"), ToolCodec::guide),
                list(node.path("case-studies"), ToolCodec::caseStudy),
                list(node.path("experts"), JsonNode::asText),
                date(node, "review-by"),
                list(node.path("steps"), JsonNode::asText),
                list(node.path("aliases"), JsonNode::asText),
                date(node, "licence-until"));
    }

    private static ObjectNode dataProtection(DataProtection protection) {
        ObjectNode node = NODES.objectNode();
        node.put("approved", protection.approved());
        putText(node, "data-location", protection.dataLocation());
        node.put("student-data-to-vendor", protection.studentDataToVendor());
        putText(node, "notes", protection.notes());
        if (protection.approvedUntil() != null) {
            node.put("approved-until", protection.approvedUntil().toString());
        }
        return node;
    }

    private static DataProtection dataProtection(JsonNode node) {
        return new DataProtection(node.path("approved").asBoolean(false), text(node, "data-location"),
                node.path("student-data-to-vendor").asBoolean(false), text(node, "notes"), date(node, "approved-until"));
    }

    private static ObjectNode classFit(ClassFit fit) {
        ObjectNode node = NODES.objectNode();
        node.put("min-size", fit.minSize());
        if (fit.maxSize() != ClassFit.ANY.maxSize()) {
            node.put("max-size", fit.maxSize());
        }
        ArrayNode modes = node.putArray("modes");
        fit.modes().stream().sorted(Comparator.naturalOrder()).map(WireNames::of).forEach(modes::add);
        return node;
    }

    private static ClassFit classFit(JsonNode node) {
        Set<TeachingMode> modes = node.has("modes")
                ? Set.copyOf(list(node.get("modes"), mode -> WireNames.parse(TeachingMode.class, mode.asText()).orElseThrow()))
                : EnumSet.allOf(TeachingMode.class);
        return new ClassFit(node.path("min-size").asInt(ClassFit.ANY.minSize()),
                node.path("max-size").asInt(ClassFit.ANY.maxSize()), modes);
    }

    private static ObjectNode guide(Guide guide) {
        ObjectNode node = NODES.objectNode();
        node.put("title", guide.title());
        node.put("format", WireNames.of(guide.format()));
        node.put("url", guide.url());
        guide.minutes().ifPresent(minutes -> node.put("minutes", minutes));
        guide.webinar().ifPresent(webinar -> webinar(webinar, node));
        return node;
    }

    private static void webinar(Webinar webinar, ObjectNode node) {
        if (!webinar.sessions().isEmpty()) {
            ArrayNode dates = node.putArray("dates");
            webinar.sessions().forEach(session -> dates.add(session.wire()));
        }
        webinar.zone().ifPresent(zone -> node.put("time-zone", zone.getId()));
        webinar.join().ifPresent(join -> node.put("join", join));
        webinar.capacity().ifPresent(capacity -> node.put("capacity", capacity));
        webinar.recordings().ifPresent(recordings -> node.put("recordings", recordings));
        webinar.questions().ifPresent(questions -> node.put("questions", questions));
    }

    private static Guide guide(JsonNode node) {
        GuideFormat format = WireNames.parse(GuideFormat.class, text(node, "format")).orElseThrow();
        OptionalInt minutes = node.has("minutes") ? OptionalInt.of(node.get("minutes").asInt()) : OptionalInt.empty();
        boolean webinar = format == GuideFormat.WEBINAR || node.has("dates");
        return new Guide(text(node, "title"), format, text(node, "url"), minutes,
                webinar ? Optional.of(webinar(node)) : Optional.empty());
    }

    private static Webinar webinar(JsonNode node) {
        return new Webinar(list(node.path("dates"), date -> SessionTimes.parse(date.asText()).orElseThrow()),
                Optional.ofNullable(text(node, "time-zone")).map(ZoneId::of),
                Optional.ofNullable(text(node, "join")),
                node.has("capacity") ? OptionalInt.of(node.get("capacity").asInt()) : OptionalInt.empty(),
                Optional.ofNullable(text(node, "recordings")),
                Optional.ofNullable(text(node, "questions")));
    }

    private static ObjectNode caseStudy(CaseStudy study) {
        ObjectNode node = NODES.objectNode();
        node.put("title", study.title());
        putText(node, "author", study.author());
        node.put("summary", study.summary());
        ArrayNode needs = node.putArray("needs");
        study.needs().forEach(needs::add);
        putText(node, "url", study.url());
        return node;
    }

    private static CaseStudy caseStudy(JsonNode node) {
        return new CaseStudy(text(node, "title"), text(node, "summary"), text(node, "author"),
                list(node.path("needs"), JsonNode::asText), text(node, "url"));
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : LocalDate.parse(text);
    }

    /** Absent and null both read as null: optional text stays optional. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
        List<T> values = new ArrayList<>(array.size());
        array.forEach(item -> values.add(element.apply(item)));
        return values;
    }
}
