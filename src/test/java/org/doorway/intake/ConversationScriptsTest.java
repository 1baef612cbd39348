package org.doorway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.doorway.TestClock;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.CatalogueYaml;
import org.doorway.catalogue.DefaultCatalogue;
import org.doorway.catalogue.ToolRanker;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.handoff.Availability;
import org.doorway.handoff.HandoffTicket;
import org.doorway.needs.FusedNeedClassifier;
import org.doorway.needs.NeedClassifier;
import org.doorway.needs.NeedVocabulary;
import org.doorway.store.Database;
import org.doorway.store.JdbiConversations;
import org.doorway.store.JdbiRequests;
import org.doorway.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the scripted conversations in {@code src/test/resources/conversations}
 * through the real dialogue: the bundled classifier, the default catalogue
 * and its ranking, and a real database (PostgreSQL when
 * {@code DOORWAY_TEST_POSTGRES} is set, else SQLite). Besides each script's own
 * expectations, every conversation is held to the rules staff would notice:
 * no question asked twice, none asked whose answer was already given, a
 * first answer that fits a phone, and no reply without words.
 */
class ConversationScriptsTest {
    static final List<String> FILES = List.of("replies-in-words.conv", "already-said.conv", "small-talk.conv",
            "faults.conv", "policy.conv", "out-of-scope.conv", "short-answers.conv");
    static final Institution INSTITUTION = new Institution("Moodle", Map.of(
            Route.IT_SERVICE_DESK, "https://servicedesk.uni.example",
            Route.URGENT, "0113 496 0000 (24 hours)",
            Route.HR, "https://hr.uni.example",
            Route.ESTATES, "estates@uni.example",
            Route.TIMETABLING, "https://timetabling.uni.example"));
    static final int MAX_FIRST_ANSWER_WORDS = 120;

    @TempDir
    static Path folder;
    static Database database;
    static NeedClassifier classifier;
    static Catalogue catalogue;

    @BeforeAll
    static void open() {
        database = TestDatabases.postgresUrl().map(TestDatabases::postgres)
                .orElseGet(() -> TestDatabases.sqlite(folder));
        NeedVocabulary vocabulary = NeedVocabulary.bundled();
        classifier = FusedNeedClassifier.withDefaults(vocabulary); // Lucene and the cues, as before the model loads
        catalogue = DefaultCatalogue.load(new CatalogueYaml(vocabulary.needs()));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @TestFactory
    Stream<DynamicTest> everyScriptedConversation() throws IOException {
        List<ConversationScript> scripts = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = getClass().getResourceAsStream("/conversations/" + file)) {
                scripts.addAll(ConversationScript.parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        assertThat(scripts).as("scripted conversations").hasSizeGreaterThanOrEqualTo(60);
        assertThat(scripts.stream().map(ConversationScript::name).distinct()).hasSameSizeAs(scripts);
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.file() + ": " + script.name(),
                () -> replay(script)));
    }

    private void replay(ConversationScript script) {
        TestClock clock = TestClock.at("2026-11-30T10:00:00Z");
        IntakeFixture.RecordingDesk desk = new IntakeFixture.RecordingDesk();
        if (script.directives().contains("nobody on duty")) {
            java.time.Instant next = java.time.Instant.parse("2026-12-01T09:00:00Z");
            desk.availability = new Availability(false, Optional.of(next));
            desk.ticket = new HandoffTicket.Queued("h9", Optional.of(next));
        }
        ToolRanker ranker = new ToolRanker();
        Dialogue dialogue = IntakeConfiguration.dialogue(classifier, () -> catalogue,
                (need, context, offset, limit) -> ranker.rank(catalogue, need, context, offset, limit), desk,
                new JdbiConversations(database), new JdbiRequests(database), clock, ZoneId.of("Europe/London"),
                INSTITUTION);
        ConversationKey key = new ConversationKey("script", script.name(), "dm");
        ConversationCheck check = new ConversationCheck(script, desk);
        if (Boolean.getBoolean("doorway.transcripts")) {
            System.out.println("\n## " + script.file() + ": " + script.name());
        }
        List<Option> options = List.of();
        for (ConversationScript.Turn turn : script.turns()) {
            Inbound inbound = turn.click()
                    ? new Inbound.Action(key, "Dr Evans", option(options, turn, script).id())
                    : new Inbound.Message(key, "Dr Evans", turn.said());
            int handoffsBefore = desk.requests.size();
            List<Reply> replies = database.inTransaction(() -> dialogue.handle(inbound));
            check.turn(turn, replies, handoffsBefore);
            options = ConversationCheck.options(replies);
            clock.advance(java.time.Duration.ofMinutes(1));
        }
    }

    private static Option option(List<Option> options, ConversationScript.Turn turn, ConversationScript script) {
        return options.stream().filter(option -> option.label().equalsIgnoreCase(turn.said())).findFirst()
                .orElseThrow(() -> new AssertionError(script.file() + ":" + turn.line() + ": no option '"
                        + turn.said() + "' among " + options.stream().map(Option::label).toList()));
    }
}
