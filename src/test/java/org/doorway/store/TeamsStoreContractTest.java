package org.doorway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.doorway.handoff.Technologist;
import org.doorway.handoff.WeeklyHours;
import org.doorway.teams.ConversationReference;
import org.doorway.teams.SentCards;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Teams tables' contract, on SQLite and (in CI) PostgreSQL. */
class TeamsStoreContractTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final String CHAT = "a:1Xb7o;x@y";

    @TempDir
    static Path folder;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.all(folder).stream();
    }

    private static ConversationReference reference(String conversation, String type, String user, Instant at) {
        return new ConversationReference(conversation, type, "https://smba.trafficmanager.net/emea/", "tenant-1",
                user.isEmpty() ? "" : "29:" + user, user, "28:bot", at);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void references_areUpserted_keepingTheUserWhenAnUpdateHasNone(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiConversationReferences references = new JdbiConversationReferences(database);
            references.remember(reference(CHAT, "personal", "ada", NOW));
            references.remember(reference(CHAT, "personal", "", NOW.plusSeconds(5)));
            ConversationReference stored = references.find(CHAT).orElseThrow();
            assertThat(stored.userAadId()).isEqualTo("ada");
            assertThat(stored.userId()).isEqualTo("29:ada");
            assertThat(stored.updatedAt()).isEqualTo(NOW.plusSeconds(5));
            assertThat(references.find("nope")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void personalChatWith_findsTheNewestPersonalChatByEitherId(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiConversationReferences references = new JdbiConversationReferences(database);
            references.remember(reference("19:channel", "channel", "ada", NOW.plusSeconds(60)));
            references.remember(reference("a:old", "personal", "ada", NOW));
            references.remember(reference("a:new", "personal", "ada", NOW.plusSeconds(30)));
            assertThat(references.personalChatWith("ada")).hasValueSatisfying(
                    found -> assertThat(found.conversationId()).isEqualTo("a:new"));
            assertThat(references.personalChatWith("29:ada")).isPresent();
            assertThat(references.personalChatWith("bob")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void welcome_isClaimedOncePerHour(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiConversationReferences references = new JdbiConversationReferences(database);
            references.remember(reference(CHAT, "personal", "ada", NOW));
            assertThat(references.claimWelcome(CHAT, NOW)).isTrue();
            assertThat(references.claimWelcome(CHAT, NOW.plusSeconds(2))).isFalse();
            assertThat(references.claimWelcome(CHAT, NOW.plus(Duration.ofMinutes(61)))).isTrue();
            assertThat(references.claimWelcome("unknown", NOW)).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void cards_areClickedOnce(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiSentCards cards = new JdbiSentCards(database);
            cards.remember(CHAT, "1:card", "{\"type\":\"AdaptiveCard\"}", NOW);
            cards.remember(CHAT, "1:card", "{\"other\":true}", NOW);
            assertThat(cards.click(CHAT, "1:card", NOW)).isEqualTo(
                    new SentCards.CardClick.First("{\"type\":\"AdaptiveCard\"}"));
            assertThat(cards.click(CHAT, "1:card", NOW)).isEqualTo(new SentCards.CardClick.Again());
            assertThat(cards.click(CHAT, "1:other", NOW)).isEqualTo(new SentCards.CardClick.Unknown());
            assertThat(cards.forgetBefore(NOW.plusSeconds(1))).isEqualTo(1);
            assertThat(cards.click(CHAT, "1:card", NOW)).isEqualTo(new SentCards.CardClick.Unknown());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sentCards_keepTheCardAsLastRewritten(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiSentCards cards = new JdbiSentCards(database);
            cards.remember(CHAT, "1:card", "{\"v\":1}", NOW);
            cards.rewritten(CHAT, "1:card", "{\"v\":2}");
            cards.rewritten(CHAT, "1:other", "{\"v\":3}");
            assertThat(cards.card(CHAT, "1:card")).hasValue("{\"v\":2}");
            assertThat(cards.card(CHAT, "1:other")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void learnedTeamsIds_goToTheTechnologistWithoutOne_andSurviveARosterImport(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            JdbiRoster roster = new JdbiRoster(database);
            List<Technologist> file = List.of(technologist("sam.lee@uni.example", Map.of("teams", "Sam.Lee@uni.example")),
                    technologist("alex@uni.example", Map.of("teams", "aad-alex")),
                    technologist("kim@uni.example", Map.of("slack", "U0KIM")));
            roster.replaceAll(file);
            JdbiTeamsIds ids = new JdbiTeamsIds(database);
            assertThat(ids.missing()).containsExactly("sam.lee@uni.example", "kim@uni.example");

            assertThat(ids.learn(List.of("nobody@uni.example"), "aad-x", "conversation", NOW)).isEmpty();
            assertThat(ids.learn(List.of("", "SAM.LEE@uni.example"), "aad-sam", "conversation", NOW))
                    .hasValue("sam.lee@uni.example");
            assertThat(ids.learn(List.of("kim@uni.example"), "aad-alex", "conversation", NOW)).isEmpty();
            assertThat(ids.known("aad-sam")).isTrue();
            assertThat(roster.findByChatId("teams", "aad-sam")).hasValueSatisfying(
                    found -> assertThat(found.chatId("teams")).hasValue("aad-sam"));
            assertThat(ids.missing()).containsExactly("kim@uni.example");

            roster.replaceAll(file);
            assertThat(roster.find("sam.lee@uni.example").orElseThrow().chatId("teams")).hasValue("aad-sam");
            assertThat(ids.missing()).containsExactly("kim@uni.example");
        }
    }

    private static Technologist technologist(String email, Map<String, String> chatIds) {
        return new Technologist(email, email, email, chatIds, ZoneOffset.UTC, WeeklyHours.none(), List.of(), List.of(),
                3, true);
    }
}
