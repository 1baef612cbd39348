package org.doorway.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A storm of 429s from the fake Slack API while direct messages keep
 * arriving: no method is called again inside the Retry-After window Slack gave
 * for it (counted at the fake, by the test clock every part shares), and
 * every message is still answered exactly once when the storm has passed.
 */
class SlackRateLimitTest {
    private static final long RETRY_AFTER = 5;
    private static final int MESSAGES = 20;
    private static final Duration STEP = Duration.ofMillis(500);

    @TempDir
    Path folder;

    SlackHarness harness;

    @BeforeEach
    void start() {
        harness = new SlackHarness(folder, new EchoIntake());
        harness.api.timeBy(harness.clock);
        harness.api.clear();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void no_call_inside_a_retry_after_window_and_every_message_answered_once() throws Exception {
        harness.api.storm("users.info", RETRY_AFTER);
        harness.api.storm("chat.postMessage", RETRY_AFTER);

        for (int step = 0; step < 60; step++) {
            if (step < MESSAGES) {
                harness.slack.postJson(SlackPayloads.directMessage("EvStorm" + step, "UST" + step, "DST" + step,
                        "message " + step));
            }
            if (step == 30) {
                harness.api.calm();
            }
            Thread.sleep(40);
            harness.clock.advance(STEP);
        }
        harness.awaitAllAnswered();

        assertThat(callsInsideWindows("users.info")).isEmpty();
        assertThat(callsInsideWindows("chat.postMessage")).isEmpty();
        assertThat(harness.api.calls("users.info")).anySatisfy(call -> assertThat(call.retryAfter()).isPositive());
        Map<String, Long> answers = harness.api.calls("chat.postMessage").stream()
                .filter(call -> call.retryAfter() == 0 && call.param("text").startsWith("You said"))
                .collect(Collectors.groupingBy(call -> call.param("channel"), Collectors.counting()));
        assertThat(answers).hasSize(MESSAGES).allSatisfy((channel, count) -> assertThat(count).isEqualTo(1));
    }

    /**
     * Calls of {@code method} made after a 429 for it and before its Retry-After had passed. A call in the same
     * clock step as the 429 may have been on its way before the 429 reached Doorway, so the window is counted
     * from the next step: without the budgets, lookups one step apart fall inside it.
     */
    private List<FakeSlackApi.Call> callsInsideWindows(String method) {
        List<FakeSlackApi.Call> calls = harness.api.calls(method);
        List<FakeSlackApi.Call> inside = new ArrayList<>();
        for (FakeSlackApi.Call limited : calls) {
            if (limited.retryAfter() == 0) {
                continue;
            }
            var windowEnds = limited.at().plusSeconds(limited.retryAfter());
            calls.stream().filter(call -> call.at().isAfter(limited.at().plus(STEP)) && call.at().isBefore(windowEnds))
                    .filter(call -> !inside.contains(call)).forEach(inside::add);
        }
        return inside;
    }
}
