package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.app.SlackHandoffWorld.dmOf;
import static org.doorway.app.SlackHandoffWorld.groupOf;
import static org.doorway.app.SlackHandoffWorld.text;

import java.nio.file.Path;
import java.time.Duration;
import org.doorway.TestClock;
import org.doorway.handoff.Handoff;
import org.doorway.slack.FakeSlackApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 on Slack, end to end: Doorway started as {@code serve} starts it,
 * a roster imported, signed Slack payloads in, and what reaches the fake Web
 * API checked. Monday 2 March 2026, 14:00 UTC (14:00 in London).
 */
class SlackHandoffTest {
    static final String MONDAY_2PM = "2026-03-02T14:00:00Z";
    static final String STAFF = "USTAFF";
    static final String OTHER_STAFF = "USTAFF2";
    static final String ALEX = "UALEX";
    static final String CHEN = "UCHEN";

    /** Alex and Chen are the only ones who may get it; the others know more but cannot take it. */
    static final String ROSTER = """
            technologists:
              - name: Alex Rivera
                slack: UALEX
                email: alex@uni.example
                timezone: Europe/London
                hours: {mon: "09:00-17:00", tue: "09:00-17:00", wed: "09:00-17:00", thu: "09:00-17:00", fri: "09:00-17:00"}
                expertise: [live-engagement]
                capacity: 4
                available: true
              - name: Bea Sato
                slack: UBEA
                email: bea@uni.example
                timezone: Asia/Tokyo
                hours: {mon: "09:00-17:00", tue: "09:00-17:00", wed: "09:00-17:00", thu: "09:00-17:00", fri: "09:00-17:00"}
                expertise: [live-engagement, mentimeter, vevox, wooclap, kahoot]
                capacity: 4
                available: true
              - name: Chen Wu
                slack: UCHEN
                email: chen@uni.example
                timezone: America/New_York
                hours: {mon: "08:00-16:00", tue: "08:00-16:00", wed: "08:00-16:00", thu: "08:00-16:00", fri: "08:00-16:00"}
                expertise: [lecture-recording]
                capacity: 3
                available: true
              - name: Dana Okafor
                slack: UDANA
                email: dana@uni.example
                timezone: Europe/London
                hours: {mon: "09:00-17:00", tue: "09:00-17:00"}
                away: [{from: 2026-02-23, to: 2026-03-06}]
                expertise: [live-engagement, mentimeter, vevox, wooclap, kahoot]
                capacity: 4
                available: true
              - name: Eve Braun
                slack: UEVE
                email: eve@uni.example
                timezone: Europe/Berlin
                hours: {mon: "09:00-17:00", tue: "09:00-17:00"}
                expertise: [live-engagement, mentimeter, vevox, wooclap, kahoot]
                capacity: 4
                available: false
              - name: Finn Moreau
                slack: UFINN
                email: finn@uni.example
                timezone: Europe/Paris
                hours: {mon: "09:00-18:00", tue: "09:00-18:00"}
                expertise: [feedback-at-scale, live-engagement, mentimeter, vevox, wooclap, kahoot]
                capacity: 1
                available: true
            """;

    @TempDir
    Path folder;

    @Test
    void a_request_for_a_person_goes_to_the_best_eligible_then_moves_on_when_nobody_acknowledges() throws Exception {
        try (SlackHandoffWorld world = new SlackHandoffWorld(folder, ROSTER, TestClock.at(MONDAY_2PM))) {
            fillFinn(world);

            world.dm(STAFF, "large lecture, 250 students, nobody answers when I ask a question");
            world.awaitPost("suggestions", dmOf(STAFF), "available now");
            world.dm(STAFF, "talk to a person");

            FakeSlackApi.Call opened = world.await("a group DM with Alex", "conversations.open",
                    call -> call.param("users").contains(ALEX));
            assertThat(opened.param("users").split(",")).containsExactlyInAnyOrder(STAFF, ALEX);
            FakeSlackApi.Call summary = world.awaitPost("the summary", groupOf(STAFF, ALEX), "Teaching question");
            assertThat(text(summary)).contains("large lecture, 250 students, nobody answers when I ask a question",
                    "In their words", "Interaction in live sessions", "Tools already suggested", "chosen for live-engagement expertise",
                    "I've got this", "Pass to someone else", "Resolved");
            world.awaitPost("who has it", dmOf(STAFF), "passed this to Alex Rivera");
            assertThat(world.api.calls("conversations.open")).noneSatisfy(call -> assertThat(call.param("users"))
                    .containsAnyOf("UBEA", "UDANA", "UEVE"));

            world.clock.advance(Duration.ofMinutes(16));
            world.runSlaCheck();

            world.await("a group DM with Chen", "conversations.open", call -> call.param("users").contains(CHEN));
            FakeSlackApi.Call chenSummary = world.awaitPost("the summary for Chen", groupOf(STAFF, CHEN),
                    "Teaching question");
            world.awaitPost("staff told it moved", dmOf(STAFF), "passed it to Chen Wu");
            world.settle();
            assertThat(world.api.calls("chat.postMessage")).noneMatch(post ->
                    SlackHandoffWorld.TEAM_CHANNEL.equals(post.param("channel")));

            world.clock.advance(Duration.ofMinutes(16));
            world.runSlaCheck();

            FakeSlackApi.Call team = world.awaitPost("the team channel", SlackHandoffWorld.TEAM_CHANNEL,
                    "Still waiting");
            assertThat(SlackHandoffWorld.buttonValues(team)).singleElement().asString().startsWith("handoff:ack:");

            FakeSlackApi.Call alexNow = world.await("Alex's old summary rewritten", "chat.update",
                    call -> summary.ts().equals(call.param("ts")) && text(call).contains("now offered to Chen Wu"));
            assertThat(alexNow.param("channel")).isEqualTo(groupOf(STAFF, ALEX));
            assertThat(SlackHandoffWorld.buttonValues(alexNow)).isEmpty();

            // Alex's late click on the message he had before the SLA moved it: kind, private, and nothing changes.
            world.click(ALEX, summary, "handoff:ack:");
            FakeSlackApi.Call late = world.await("Alex told kindly", "chat.postEphemeral",
                    call -> ALEX.equals(call.param("user")));
            assertThat(text(late)).contains("That offer has moved on", "nothing changed");
            assertThat(onlyHandoffOf(world, summary).technologistId()).hasValue("chen@uni.example");
            assertThat(onlyHandoffOf(world, summary).state()).isEqualTo(Handoff.State.OFFERED);

            world.click(CHEN, chenSummary, "handoff:ack:");

            FakeSlackApi.Call told = world.await("Chen is told it's theirs", "chat.postEphemeral",
                    call -> CHEN.equals(call.param("user")));
            assertThat(told.param("channel")).isEqualTo(groupOf(STAFF, CHEN));
            assertThat(text(told)).contains("It's yours");
            FakeSlackApi.Call updated = world.await("the summary updated", "chat.update",
                    call -> chenSummary.ts().equals(call.param("ts")) && text(call).contains("Chen Wu has this"));
            assertThat(SlackHandoffWorld.buttonValues(updated)).hasSize(3)
                    .allSatisfy(value -> assertThat(value).matches("handoff:(pass|resolve|transfer):\\d+"));
            assertThat(text(updated)).contains("Chen Wu has this (picked up after 32 min)");
            FakeSlackApi.Call teamNow = world.await("the team channel's post rewritten", "chat.update",
                    call -> team.ts().equals(call.param("ts")) && text(call).contains("Chen Wu has this"));
            assertThat(teamNow.param("channel")).isEqualTo(SlackHandoffWorld.TEAM_CHANNEL);
            assertThat(SlackHandoffWorld.buttonValues(teamNow)).isEmpty();
            world.awaitPost("staff told Chen has it", dmOf(STAFF), "Chen Wu has picked up your request");

            Handoff handoff = onlyHandoffOf(world, summary);
            assertThat(handoff.state()).isEqualTo(Handoff.State.ACKNOWLEDGED);
            assertThat(handoff.waited()).hasValue(Duration.ofMinutes(32));
        }
    }

    @Test
    void staff_are_refused_kindly_and_pass_and_resolve_ask_for_a_note() throws Exception {
        try (SlackHandoffWorld world = new SlackHandoffWorld(folder, ROSTER, TestClock.at(MONDAY_2PM))) {
            FakeSlackApi.Call summary = alexHasAStaffRequest(world);

            world.click(STAFF, summary, "handoff:ack:");
            world.click(STAFF, summary, "handoff:resolve:");

            world.await("staff told kindly, twice", "chat.postEphemeral", call -> toStaff(world).size() == 2);
            assertThat(toStaff(world)).allSatisfy(call -> {
                assertThat(call.param("channel")).isEqualTo(groupOf(STAFF, ALEX));
                assertThat(text(call)).contains("Those buttons are for the learning technologist");
            });
            world.settle();
            assertThat(world.api.calls("views.open")).isEmpty();
            assertThat(world.api.calls("chat.update")).noneMatch(call -> summary.ts().equals(call.param("ts")));

            world.click(ALEX, summary, "handoff:pass:");
            FakeSlackApi.Call form = world.await("the pass form", "views.open", call -> true);
            assertThat(text(form) + form.param("view")).contains("Why are you passing it on?");
            world.submit(ALEX, form, "I'm in workshops all afternoon");

            FakeSlackApi.Call chenSummary = world.awaitPost("the summary for Chen", groupOf(STAFF, CHEN),
                    "Teaching question");
            world.awaitPost("staff told who has it now", dmOf(STAFF), "Alex Rivera has passed your request to Chen Wu");
            FakeSlackApi.Call alexMessage = world.await("Alex's summary updated", "chat.update",
                    call -> summary.ts().equals(call.param("ts")));
            assertThat(SlackHandoffWorld.buttonValues(alexMessage)).isEmpty();
            assertThat(text(alexMessage)).contains("passed it to Chen Wu (I'm in workshops all afternoon)");

            world.click(CHEN, chenSummary, "handoff:ack:");
            world.await("Chen has it", "chat.update", call -> chenSummary.ts().equals(call.param("ts")));
            world.click(CHEN, chenSummary, "handoff:resolve:");
            FakeSlackApi.Call outcome = world.await("the outcome form", "views.open",
                    call -> call.param("view").contains("outcome"));
            world.submit(CHEN, outcome, "Set up Vevox together; trying it on Thursday");

            world.awaitPost("staff told it's resolved", dmOf(STAFF),
                    "Chen Wu has marked your request as resolved: Set up Vevox together; trying it on Thursday");
            world.await("Chen's summary shows it's resolved", "chat.update", call -> chenSummary.ts()
                    .equals(call.param("ts")) && text(call).contains("Resolved by Chen Wu"));
            assertThat(onlyHandoffOf(world, summary).state()).isEqualTo(Handoff.State.RESOLVED);
        }
    }

    @Test
    void the_holder_transfers_to_a_named_colleague_who_gets_the_summary_and_staff_are_told() throws Exception {
        try (SlackHandoffWorld world = new SlackHandoffWorld(folder, ROSTER, TestClock.at(MONDAY_2PM))) {
            FakeSlackApi.Call summary = alexHasAStaffRequest(world);
            world.click(ALEX, summary, "handoff:ack:");
            FakeSlackApi.Call held = world.await("Alex has it", "chat.update", call -> summary.ts()
                    .equals(call.param("ts")) && text(call).contains("Alex Rivera has this"));

            world.click(ALEX, held, "handoff:transfer:");
            FakeSlackApi.Call blank = world.await("the transfer form", "views.open", call -> true);
            assertThat(blank.param("view")).contains("Who should have it?");
            world.submit(ALEX, blank, "");
            FakeSlackApi.Call choices = world.await("Alex shown who's free", "chat.postEphemeral",
                    call -> ALEX.equals(call.param("user")) && text(call).contains("Who should have it?"));
            assertThat(text(choices)).contains("Chen Wu (chen@uni.example): free now", "Dana Okafor", "away");
            assertThat(text(choices).indexOf("Chen Wu")).isLessThan(text(choices).indexOf("Dana Okafor"));

            world.click(ALEX, held, "handoff:transfer:");
            FakeSlackApi.Call form = world.await("the transfer form again", "views.open",
                    call -> world.api.calls("views.open").size() == 2);
            world.submit(ALEX, form, "chen@uni.example");

            FakeSlackApi.Call chenSummary = world.awaitPost("the summary for Chen", groupOf(STAFF, CHEN),
                    "Teaching question");
            assertThat(text(chenSummary)).contains("transferred to you by Alex Rivera", "I've got this");
            world.awaitPost("staff told who has it", dmOf(STAFF), "Your request is now with Chen Wu");
            FakeSlackApi.Call alexNow = world.await("Alex's summary rewritten", "chat.update", call -> summary.ts()
                    .equals(call.param("ts")) && text(call).contains("Alex Rivera transferred it to Chen Wu"));
            assertThat(SlackHandoffWorld.buttonValues(alexNow)).isEmpty();
            Handoff handoff = onlyHandoffOf(world, summary);
            assertThat(handoff.technologistId()).hasValue("chen@uni.example");
            assertThat(handoff.state()).isEqualTo(Handoff.State.OFFERED);
        }
    }

    @Test
    void technologists_set_their_availability_with_the_command_and_the_app_home_switch() throws Exception {
        try (SlackHandoffWorld world = new SlackHandoffWorld(folder, ROSTER, TestClock.at(MONDAY_2PM))) {
            world.slash(ALEX, "busy");
            world.awaitPost("Alex told he's unavailable", dmOf(ALEX), "You're marked unavailable");
            world.postEvent(org.doorway.slack.SlackPayloads.homeOpened("EvHome1", ALEX));
            world.await("Alex's home shows him away", "views.publish", call -> ALEX.equals(call.param("user_id"))
                    && call.param("view").contains("You are *away*"));

            world.clickHome(ALEX, "doorway.home.availability", "on");
            world.await("Alex's home shows him available", "views.publish", call -> ALEX.equals(call.param("user_id"))
                    && call.param("view").contains("You are *available*"));

            world.slash("UFINN", "away");
            world.awaitPost("Finn told he's unavailable", dmOf("UFINN"), "You're marked unavailable");
            world.dm(STAFF, "how can I get students to participate more in my lectures");
            world.awaitPost("suggestions", dmOf(STAFF), "available now");
            world.dm(STAFF, "talk to a person");
            world.awaitPost("Alex, not Finn, has it", groupOf(STAFF, ALEX), "Teaching question");

            world.slash(OTHER_STAFF, "available");
            FakeSlackApi.Call kindWord = world.awaitPost("staff get a kind word", dmOf(OTHER_STAFF), "not on the roster");
            assertThat(text(kindWord)).contains("tell me about it in a sentence or two");
            assertThat(world.api.calls("conversations.open")).noneMatch(call ->
                    call.param("users").contains("UFINN") && call.param("users").contains(STAFF));
        }
    }

    @Test
    void nobody_on_duty_staff_are_told_when_and_the_queue_offers_it_when_someone_comes_on() throws Exception {
        // Saturday noon in London; the first shift is Bea's, 09:00 Monday in Tokyo, midnight in London.
        try (SlackHandoffWorld world = new SlackHandoffWorld(folder, ROSTER, TestClock.at("2026-03-07T12:00:00Z"))) {
            world.dm(STAFF, "how can I get students to participate more in my lectures");
            FakeSlackApi.Call suggestions = world.awaitPost("suggestions", dmOf(STAFF), "Mentimeter");
            assertThat(text(suggestions)).contains("the next one is on Monday 9 March at 00:00");
            world.dm(STAFF, "talk to a person");
            FakeSlackApi.Call honest = world.awaitPost("staff told honestly", dmOf(STAFF), "Nobody is on duty");
            assertThat(text(honest)).contains("Monday 9 March at 00:00");

            world.runQueueCheck();
            world.settle();
            assertThat(world.api.calls("conversations.open")).isEmpty();

            world.clock.set(java.time.Instant.parse("2026-03-09T00:05:00Z"));
            world.runQueueCheck();

            world.awaitPost("Bea has it", groupOf(STAFF, "UBEA"), "Teaching question");
            world.awaitPost("staff told who has it", dmOf(STAFF), "Bea Sato is on duty now and has your request");
        }
    }

    /** With Finn full, the staff member asks about participation and Alex gets the summary. */
    static FakeSlackApi.Call alexHasAStaffRequest(SlackHandoffWorld world) {
        fillFinn(world);
        world.dm(STAFF, "how can I get students to participate more in my lectures");
        world.awaitPost("suggestions", dmOf(STAFF), "available now");
        world.dm(STAFF, "talk to a person");
        return world.awaitPost("the summary", groupOf(STAFF, ALEX), "Teaching question");
    }

    /** Finn (capacity 1) takes a feedback question first and keeps it, so he is full for the next one. */
    private static void fillFinn(SlackHandoffWorld world) {
        world.dm(OTHER_STAFF, "how can I give feedback faster to 300 students");
        world.awaitPost("suggestions", dmOf(OTHER_STAFF), "available now");
        world.dm(OTHER_STAFF, "talk to a person");
        FakeSlackApi.Call summary = world.awaitPost("Finn's summary", groupOf(OTHER_STAFF, "UFINN"),
                "Teaching question");
        world.click("UFINN", summary, "handoff:ack:");
        world.await("Finn has it", "chat.update", call -> summary.ts().equals(call.param("ts")));
    }

    private static java.util.List<FakeSlackApi.Call> toStaff(SlackHandoffWorld world) {
        return world.api.calls("chat.postEphemeral").stream().filter(call -> STAFF.equals(call.param("user"))).toList();
    }

    static Handoff onlyHandoffOf(SlackHandoffWorld world, FakeSlackApi.Call summary) {
        String id = SlackHandoffWorld.buttonValues(summary).get(0).split(":")[2];
        return world.doorway.handoff().desk().find(id).orElseThrow();
    }
}
