package org.doorway.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * Teams activities with a valid Bot Framework token (from the fake issuer's
 * key set) and one field removed, nulled, mistyped, made huge or deeply
 * nested, or the body cut short or replaced by noise: never a 5xx, never
 * exception text or a server name, no error logged, nothing written for an
 * activity that cannot be authenticated or read (no serviceUrl or channelId
 * to check the token against, or no JSON), and Doorway still answers a proper
 * message afterwards.
 */
class TeamsFuzzTest {
    private static final AtomicLong IDS = new AtomicLong();
    private static final Set<String> ESSENTIAL = Set.of("serviceUrl", "channelId");
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
        // A click whose value is not Doorway's is answered like a message by the turn (not this test's concern).
        if (activity.mutated().breaksEssential() && !activity.mutated().what().startsWith("UNKNOWN_ACTION")) {
            assertThat(written()).as("written for " + activity).isEqualTo(written);
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

    private static long written() {
        return OutboxFixture.count(harness.database, "SELECT COUNT(*) FROM processed_events")
                + OutboxFixture.count(harness.database, "SELECT COUNT(*) FROM teams_conversations")
                + OutboxFixture.count(harness.database, "SELECT COUNT(*) FROM outbox");
    }
}
