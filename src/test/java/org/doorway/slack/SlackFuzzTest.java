package org.doorway.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.slf4j.LoggerFactory;

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
    private static ListAppender<ILoggingEvent> errors;

    @BeforeContainer
    static void start() throws Exception {
        Path folder = Files.createTempDirectory("doorway-fuzz");
        harness = new SlackHarness(folder, new EchoIntake());
        errors = new ListAppender<>();
        errors.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(errors);
    }

    @AfterContainer
    static void stop() throws Exception {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(errors);
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
        assertThat(errorsLogged()).as("errors logged after " + request.what()).isEmpty();
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
        assertThat(errorsLogged()).isEmpty();
    }

    private static List<String> errorsLogged() {
        return errors.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(event -> event.getLoggerName() + ": " + event.getFormattedMessage()).toList();
    }
}
