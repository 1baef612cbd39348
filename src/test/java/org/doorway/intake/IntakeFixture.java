package org.doorway.intake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doorway.TestClock;
import org.doorway.catalogue.CaseStudy;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.ClassFit;
import org.doorway.catalogue.DataProtection;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.GuideFormat;
import org.doorway.catalogue.NeedFit;
import org.doorway.catalogue.RankedTool;
import org.doorway.catalogue.SupportStatus;
import org.doorway.catalogue.TeachingMode;
import org.doorway.catalogue.Tool;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Reply;
import org.doorway.handoff.Availability;
import org.doorway.handoff.HandoffDesk;
import org.doorway.handoff.HandoffRequest;
import org.doorway.handoff.HandoffTicket;
import org.doorway.needs.Classification;
import org.doorway.needs.Need;
import org.doorway.needs.NeedClassifier;
import org.doorway.needs.ScoredNeed;
import org.doorway.store.Database;
import org.doorway.store.JdbiConversations;
import org.doorway.store.JdbiRequests;
import org.doorway.store.TestDatabases;

/**
 * A dialogue over a real SQLite database, with a small catalogue, a classifier
 * that answers from a script, and a handoff desk that records what it is asked.
 */
final class IntakeFixture implements AutoCloseable {
    final TestClock clock = TestClock.at("2026-11-30T10:00:00Z");
    final Database database;
    final Map<String, Classification> script = new LinkedHashMap<>();
    final RecordingDesk desk = new RecordingDesk();
    final Catalogue catalogue = catalogue();
    final ConversationKey key = new ConversationKey("console", "u1", "c1");

    IntakeFixture(Path folder) {
        database = TestDatabases.sqlite(folder);
    }

    Dialogue dialogue() {
        NeedClassifier classifier = text -> script.entrySet().stream()
                .filter(entry -> text.contains(entry.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(new Classification.Unsure(ranked("live-engagement", "formative-quiz", "peer-assessment"),
                        0.2));
        ToolSuggester suggester = (needId, context, offset, limit) -> catalogue.toolsFor(needId).stream()
                .map(tool -> new RankedTool(tool, tool.fitFor(needId).orElseThrow(), score(tool, context)))
                .sorted(Comparator.comparingDouble(RankedTool::score).reversed()
                        .thenComparing(ranked -> ranked.tool().name()))
                .skip(offset).limit(limit).toList();
        return IntakeConfiguration.dialogue(classifier, () -> catalogue, suggester, desk,
                new JdbiConversations(database), new JdbiRequests(database), clock, ZoneId.of("Europe/London"));
    }

    List<Reply> say(Dialogue dialogue, String text) {
        return database.inTransaction(() -> dialogue.handle(new Inbound.Message(key, "Dr Lee", text)));
    }

    List<Reply> click(Dialogue dialogue, String optionId) {
        return database.inTransaction(() -> dialogue.handle(new Inbound.Action(key, "Dr Lee", optionId)));
    }

    static List<ScoredNeed> ranked(String... ids) {
        List<ScoredNeed> needs = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            needs.add(new ScoredNeed(ids[i], 0.9 - i * 0.2));
        }
        return needs;
    }

    private static double score(Tool tool, org.doorway.catalogue.TeachingContext context) {
        double fit = context.cohortSize().isPresent() && !tool.classFit().suits(context.cohortSize().getAsInt())
                ? -5 : 0;
        return fit + 2 - tool.support().ordinal();
    }

    static Catalogue catalogue() {
        List<Need> needs = List.of(new Need("live-engagement", "Interaction in live sessions", "polls"),
                new Need("formative-quiz", "Practice quizzes and self-assessment", "quizzes"),
                new Need("peer-assessment", "Peer review and peer assessment", "peers"));
        List<Tool> tools = List.of(
                tool("mentimeter", "Mentimeter", "live-engagement", SupportStatus.SUPPORTED, 5, 2000),
                tool("vevox", "Vevox", "live-engagement", SupportStatus.SUPPORTED, 5, 2000),
                tool("kahoot", "Kahoot!", "live-engagement", SupportStatus.NOT_SUPPORTED, 2, 100),
                tool("wooclap", "Wooclap", "live-engagement", SupportStatus.PILOT, 5, 1000),
                tool("moodle-quiz", "Moodle Quiz", "formative-quiz", SupportStatus.SUPPORTED, 1, 5000),
                tool("moodle-workshop", "Moodle Workshop", "peer-assessment", SupportStatus.SUPPORTED, 5, 400));
        return new Catalogue(needs, tools);
    }

    private static Tool tool(String id, String name, String need, SupportStatus support, int min, int max) {
        return new Tool(id, name, name + " in one line.", "https://example.org/" + id,
                List.of(new NeedFit(need, "How " + name + " helps.", 3)), support, "Digital Education",
                new DataProtection(true, "EU", false, ""), "Works with screen readers.", "Institutional",
                "Free", "Link in the VLE", new ClassFit(min, max, Set.of(TeachingMode.IN_PERSON)), "Paper copy.",
                List.of(new Guide(name + " in a page", GuideFormat.ONE_PAGE, "https://guides.example/" + id, List.of()),
                        new Guide(name + " webinar", GuideFormat.WEBINAR, "https://guides.example/" + id + "/w",
                                List.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2027-01-14")))),
                List.of(new CaseStudy("Polling 300 chemists", "Response rates rose.", "Dr Shah", List.of(need),
                        null)),
                List.of(), LocalDate.parse("2027-06-30"));
    }

    @Override
    public void close() {
        database.close();
    }

    /** A handoff desk that records requests and answers as told. */
    static final class RecordingDesk implements HandoffDesk {
        final List<HandoffRequest> requests = new ArrayList<>();
        Availability availability = Availability.now();
        HandoffTicket ticket = new HandoffTicket.Assigned("h1", "Alex Rivera", Optional.empty());

        @Override
        public Availability availability(HandoffRequest.Kind kind, List<String> needIds) {
            return availability;
        }

        @Override
        public HandoffTicket request(HandoffRequest request) {
            requests.add(request);
            return ticket;
        }
    }
}
