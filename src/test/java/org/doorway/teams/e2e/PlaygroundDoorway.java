package org.doorway.teams.e2e;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.doorway.config.TeamsSettings;
import org.doorway.intake.Availability;
import org.doorway.intake.Dialogue;
import org.doorway.intake.DialogueParts;
import org.doorway.intake.HandoffDesk;
import org.doorway.intake.HandoffRequest;
import org.doorway.intake.HandoffTicket;
import org.doorway.needs.Classification;
import org.doorway.needs.Need;
import org.doorway.needs.ScoredNeed;
import org.doorway.store.Database;
import org.doorway.store.JdbiConversationReferences;
import org.doorway.store.JdbiConversations;
import org.doorway.store.JdbiInboundEvents;
import org.doorway.store.JdbiRequests;
import org.doorway.store.JdbiSentCards;
import org.doorway.store.TestDatabases;
import org.doorway.teams.TeamsAdapter;
import org.doorway.teams.TeamsParts;
import org.doorway.teams.TechnologistCommands;
import org.doorway.web.WebServer;

/**
 * Doorway's Teams endpoint in local emulator mode, over the real dialogue and
 * a SQLite database, with a small catalogue, a classifier that knows one need
 * and a handoff desk that always finds Alex Rivera. Swap in the fully wired
 * Doorway (the packaged jar with TEAMS_EMULATOR=true) once the app wires it.
 */
final class PlaygroundDoorway implements AutoCloseable {
    static final String TECHNOLOGIST = "Alex Rivera";

    private final Database database;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final WebServer web;

    PlaygroundDoorway(Path folder) {
        database = TestDatabases.sqlite(folder);
        Clock clock = Clock.systemUTC();
        Catalogue catalogue = catalogue();
        Dialogue dialogue = new Dialogue(new DialogueParts(
                text -> new Classification.Matched(List.of(new ScoredNeed("live-engagement", 0.9),
                        new ScoredNeed("formative-quiz", 0.3), new ScoredNeed("peer-assessment", 0.1)), 0.9),
                () -> catalogue,
                (needId, context, offset, limit) -> catalogue.toolsFor(needId).stream()
                        .map(tool -> new RankedTool(tool, tool.fitFor(needId).orElseThrow(), 1.0))
                        .sorted(Comparator.comparing(ranked -> ranked.tool().name()))
                        .skip(offset).limit(limit).toList(),
                new AlwaysAlex(), new JdbiConversations(database), new JdbiRequests(database), clock,
                ZoneId.of("Europe/London"), DialogueParts.DEFAULT_NEW_REQUEST_AFTER));
        TeamsParts parts = new TeamsParts(dialogue, TechnologistCommands.none(), new JdbiInboundEvents(database),
                new JdbiConversationReferences(database), new JdbiSentCards(database), database, clock, executor);
        TeamsAdapter teams = TeamsAdapter.create(new TeamsSettings("emulator", Optional.empty(), Optional.empty(),
                true), parts);
        web = new WebServer(0, new SimpleMeterRegistry()).mount(TeamsAdapter.PATH, teams.endpoint());
        web.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + web.port() + TeamsAdapter.PATH;
    }

    private static Catalogue catalogue() {
        List<Need> needs = List.of(new Need("live-engagement", "Interaction in live sessions", "polls"),
                new Need("formative-quiz", "Practice quizzes and self-assessment", "quizzes"),
                new Need("peer-assessment", "Peer review and peer assessment", "peers"));
        return new Catalogue(needs, List.of(tool("mentimeter", "Mentimeter", SupportStatus.SUPPORTED),
                tool("vevox", "Vevox", SupportStatus.SUPPORTED), tool("wooclap", "Wooclap", SupportStatus.PILOT)));
    }

    private static Tool tool(String id, String name, SupportStatus support) {
        return new Tool(id, name, name + " in one line.", "https://example.org/" + id,
                List.of(new NeedFit("live-engagement", "Everyone answers at once, anonymously.", 3)), support,
                "Digital Education", new DataProtection(true, "EU", false, ""), "Works with screen readers.",
                "Institutional", "Free", "Link in the VLE", new ClassFit(5, 2000, Set.of(TeachingMode.IN_PERSON)),
                "Paper copy.",
                List.of(new Guide(name + " in a page", GuideFormat.ONE_PAGE, "https://guides.example/" + id, List.of()),
                        new Guide(name + " webinar", GuideFormat.WEBINAR, "https://guides.example/" + id + "/w",
                                List.of(LocalDate.now().plusDays(20)))),
                List.of(new CaseStudy("Polling 300 chemists", "Response rates rose.", "Dr Shah",
                        List.of("live-engagement"), null)),
                List.of(), LocalDate.now().plusYears(1));
    }

    /** A desk where Alex Rivera is always free. */
    private static final class AlwaysAlex implements HandoffDesk {
        @Override
        public Availability availability(HandoffRequest.Kind kind, List<String> needIds) {
            return Availability.now();
        }

        @Override
        public HandoffTicket request(HandoffRequest request) {
            return new HandoffTicket.Assigned("h1", TECHNOLOGIST, Optional.of(
                    "https://teams.microsoft.com/l/chat/0/0?users=alex.rivera@example.ac.uk"));
        }
    }

    @Override
    public void close() {
        web.close();
        executor.shutdownNow();
        database.close();
    }
}
