package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.app.SlackHandoffWorld.dmOf;
import static org.doorway.app.SlackHandoffWorld.groupOf;
import static org.doorway.app.SlackHandoffWorld.text;

import java.nio.file.Path;
import java.time.Duration;
import org.doorway.TestClock;
import org.doorway.slack.FakeSlackApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20's nudges on Slack, end to end: a request Alex picked up on Monday afternoon and left gets him one
 * reminder on Tuesday afternoon (one of his working days later) and a second on Thursday afternoon (three),
 * which also flags it on the team channel; running the job again sends nothing more.
 */
class SlackNudgeTest {
    static final String STAFF = "USTAFF";
    static final String ALEX = "UALEX";
    static final String REMINDER = "A reminder: you picked up";

    @TempDir
    Path folder;

    @Test
    void a_request_picked_up_and_left_is_nudged_after_one_working_day_and_flagged_after_three() throws Exception {
        try (SlackHandoffWorld world = new SlackHandoffWorld(folder, SlackQueueTest.ROSTER,
                TestClock.at(SlackHandoffTest.MONDAY_2PM))) {
            world.doorway.warmUp();
            world.dm(STAFF, "large lecture, 250 students, nobody answers when I ask a question");
            world.awaitPost("suggestions", dmOf(STAFF), "available now");
            world.dm(STAFF, "talk to a person");
            FakeSlackApi.Call summary = world.awaitPost("the summary", groupOf(STAFF, ALEX), "Teaching question");
            world.click(ALEX, summary, "handoff:ack:");
            world.await("Alex told it's his", "chat.postEphemeral", call -> ALEX.equals(call.param("user"))
                    && text(call).contains("It's yours"));

            world.clock.advance(Duration.ofHours(2)); // Monday 16:00: not a working day yet
            world.doorway.nudges().run();
            world.settle();
            assertThat(reminders(world)).isZero();

            world.clock.advance(Duration.ofHours(23)); // Tuesday 15:00
            world.doorway.nudges().run();
            FakeSlackApi.Call first = world.await("the first reminder", "chat.postMessage",
                    call -> text(call).contains(REMINDER));
            assertThat(text(first)).contains("1 working day", "nobody answers when I ask");
            assertThat(first.param("channel")).isEqualTo(dmOf(ALEX));

            world.clock.advance(Duration.ofDays(2)); // Thursday 15:00
            world.doorway.nudges().run();
            world.await("the second reminder", "chat.postMessage",
                    call -> text(call).contains(REMINDER) && text(call).contains("3 working days"));
            FakeSlackApi.Call flagged = world.awaitPost("the team channel flag", SlackHandoffWorld.TEAM_CHANNEL,
                    "Open for 3 working days");
            assertThat(SlackHandoffWorld.buttonValues(flagged)).isEmpty();

            world.doorway.nudges().run();
            world.settle();
            assertThat(reminders(world)).isEqualTo(2);
        }
    }

    private static long reminders(SlackHandoffWorld world) {
        return world.api.calls("chat.postMessage").stream().filter(call -> text(call).contains(REMINDER)).count();
    }
}
