package org.doorway.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.doorway.fuzz.LoggedErrors;
import org.doorway.fuzz.JsonFuzz;
import org.doorway.outbox.OutboxFixture;
import org.doorway.teams.card.AdaptiveCardRenderer;

/**
 * Teams activities with a valid Bot Framework token (from the fake issuer's
 * key set) and one field removed, nulled, mistyped, made huge or deeply
 * nested, or the body cut short or replaced by noise: never a 5xx, never
 * exception text or a server name, no error logged, nothing written for an
 * activity that cannot be authenticated or read (no serviceUrl or channelId
 * to check the token against, or no JSON) nor for a click whose data is not a
 * Doorway card's, every other acknowledged activity recorded in the inbox
 * (also without its id), and Doorway still answers a proper message afterwards.
 */
class TeamsFuzzTest {
    private static final AtomicLong IDS = new AtomicLong();
    private static final Set<String> ESSENTIAL = Set.of("serviceUrl", "channelId");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TeamsHarness harness;
    private static LoggedErrors errors;

    record Fuzzed(JsonFuzz.Mutated mutated, String kind) {
        @Override
        public String toString() {
            return kind + " " + mutated.what();
        }
    }

    @BeforeContainer
    static void start() throws Exception {
        harness = new TeamsHarness(Files.createTempDirectory("doorway-teams-fuzz"));
        // The outbox giving up on a reply the fake connector refuses (a 50,000-character activity id makes
        // the reply's URL too long) is an outcome, logged as such, not an exception escaping.
        errors = LoggedErrors.attach("OutboxWorker");
    }

    @AfterContainer
    static void stop() {
        errors.close();
        harness.close();
    }

    @Provide
    Arbitrary<Fuzzed> activities() {
        return Combinators.combine(Arbitraries.of("message", "mention", "click", "installed", "botAdded"),
                        Arbitraries.of(JsonFuzz.Mutation.class), Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 7), Arbitraries.strings().ofMaxLength(40))
                .as((kind, mutation, where, variant, noise) -> new Fuzzed(JsonFuzz.mutate(base(kind).toString(),
                        ESSENTIAL, mutation, where, variant, noise,
                        kind.equals("click") ? activity -> activity.put("value", noise) : null), kind));
    }

    @Property(tries = 100)
    void no_authenticated_activity_gets_a_5xx_or_writes_what_it_broke(@ForAll("activities") Fuzzed activity) {
        long written = written();

        HttpResponse<String> response = harness.post(activity.mutated().body(), harness.token());

        assertThat(response.statusCode()).as(activity.toString()).isLessThan(500);
        assertThat(response.headers().firstValue("Server")).isEmpty();
        assertThat(response.body()).doesNotContain("Exception").doesNotContainIgnoringCase("jetty");
        if (activity.mutated().breaksEssential() || notDoorwaysClick(activity.mutated().body())) {
            assertThat(written()).as("written for " + activity).isEqualTo(written);
        } else if (response.statusCode() < 300) {
            assertThat(recorded(activity.mutated().body())).as("recorded before answered: " + activity).isTrue();
        }
        assertThat(errors.list()).as("errors logged after " + activity).isEmpty();
    }

    @AfterProperty
    void doorwayStillAnswers() {
        int replies = harness.connector.calls().size();

        HttpResponse<String> response = harness.post(ActivityFixture.message("after-fuzz", harness.connector
                .serviceUrl(), "still there?"));

        assertThat(response.statusCode()).isLessThan(300);
        assertThat(harness.connector.calls().size()).isGreaterThan(replies);
        assertThat(errors.list()).isEmpty();
    }

    private static ObjectNode base(String kind) {
        String id = "fuzz-" + IDS.incrementAndGet();
        String serviceUrl = harness.connector.serviceUrl();
        return switch (kind) {
            case "message" -> ActivityFixture.message(id, serviceUrl, "my seminar group never speaks");
            case "mention" -> ActivityFixture.channelMention(id, serviceUrl, "quizzes for 300 students?");
            case "click" -> ActivityFixture.click(id, serviceUrl, "card-" + id, "need:assessment");
            case "installed" -> ActivityFixture.installed(id, serviceUrl);
            default -> ActivityFixture.botAdded(id, serviceUrl);
        };
    }

    /** Card data without text, but no Doorway option in it: a click on some other card, to be ignored. */
    private static boolean notDoorwaysClick(String body) {
        JsonNode activity = read(body);
        JsonNode value = activity.path("value");
        JsonNode option = value.path(AdaptiveCardRenderer.OPTION_KEY);
        return activity.path("type").asText("").equals("message") && !value.isMissingNode() && !value.isNull()
                && activity.path("text").asText("").isBlank()
                && !(option.isValueNode() && !option.isNull() && !option.asText().isBlank());
    }

    /** Whether the inbox holds the activity under the key Doorway gives it (one derived when the id is gone). */
    private static boolean recorded(String body) {
        String key = EventKeys.of(InboundActivity.of(read(body))).orElseThrow();
        return OutboxFixture.count(harness.database, "SELECT COUNT(*) FROM processed_events WHERE event_key = '"
                + key.replace("'", "''") + "'") == 1;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException | RuntimeException unreadable) {
            return JSON.missingNode();
        }
    }

    private static long written() {
        return OutboxFixture.count(harness.database, "SELECT COUNT(*) FROM processed_events")
                + OutboxFixture.count(harness.database, "SELECT COUNT(*) FROM teams_conversations")
                + OutboxFixture.count(harness.database, "SELECT COUNT(*) FROM outbox");
    }
}
