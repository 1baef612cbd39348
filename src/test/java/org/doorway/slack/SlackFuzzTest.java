package org.doorway.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.doorway.fuzz.LoggedErrors;

/**
 * Correctly signed but mutated Slack requests (see {@link SlackFuzz}) against
 * the running endpoint: never a 5xx, never exception text or a server name,
 * no error logged (nothing escaped a listener), nothing recorded for a
 * request whose essential fields are broken, and Doorway still answers a
 * proper message afterwards. 2,000 tries and the memory figures:
 * {@code org.doorway.bench.FuzzDriver}.
 */
class SlackFuzzTest {
    private static SlackHarness harness;
    private static LoggedErrors errors;

    @BeforeContainer
    static void start() throws Exception {
        Path folder = Files.createTempDirectory("doorway-fuzz");
        harness = new SlackHarness(folder, new EchoIntake());
        errors = LoggedErrors.attach();
    }

    @AfterContainer
    static void stop() throws Exception {
        errors.close();
        harness.close();
    }

    @Provide
    Arbitrary<SlackFuzz.Fuzzed> fuzzed() {
        return SlackFuzz.requests();
    }

    @Property(tries = 200)
    void no_signed_request_gets_a_5xx_or_writes_what_it_broke(@ForAll("fuzzed") SlackFuzz.Fuzzed request) {
        long recorded = harness.recordedEvents();

        HttpResponse<String> response = harness.slack.send(harness.slack.request(request.contentType(),
                request.body()));

        assertThat(response.statusCode()).as(request.what()).isLessThan(500);
        assertThat(response.headers().firstValue("Server")).isEmpty();
        assertThat(response.body()).doesNotContain("Exception").doesNotContainIgnoringCase("jetty")
                .doesNotContain("Something is wrong");
        if (request.breaksEssential()) {
            assertThat(harness.recordedEvents()).as("recorded for " + request.what()).isEqualTo(recorded);
        }
        assertThat(errors.list()).as("errors logged after " + request.what()).isEmpty();
    }

    @AfterProperty
    void doorwayStillAnswers() {
        harness.awaitAllAnswered();
        int posts = harness.api.calls("chat.postMessage").size();
        HttpResponse<String> ack = harness.slack.postJson(SlackPayloads.directMessage("EvAfterFuzz", "UHEALTH",
                "DHEALTH", "still there?"));

        assertThat(ack.statusCode()).isEqualTo(200);
        harness.awaitAllAnswered();
        assertThat(harness.api.calls("chat.postMessage").size()).isGreaterThan(posts);
        assertThat(harness.database.answers()).isTrue();
        assertThat(errors.list()).isEmpty();
    }
}
