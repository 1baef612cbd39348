package org.doorway.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorway.config.TeamsSettings;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.HandoffRequest;
import org.doorway.handoff.Technologist;
import org.doorway.handoff.WeeklyHours;
import org.doorway.outbox.OutboxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Handoff news in Teams, through the real outbox and courier, to the fake Bot Connector. */
class TeamsHandoffMessengerTest {
    private static final String ALEX_AAD = "aaaaaaaa-0000-4000-8000-00000000a1e0";
    private static final Reply.HandoffSummary SUMMARY = new Reply.HandoffSummary("7", "Teaching question from Ada",
            "Ada", List.of(new Reply.Field("Problem", "silence")), List.of(Option.primary("handoff:ack:7", "I've got this")));

    @TempDir
    Path folder;
    private TeamsHarness teams;
    private TeamsHandoffMessenger messenger;
    private Handoff handoff;

    @BeforeEach
    void start() {
        teams = new TeamsHarness(folder);
        messenger = new TeamsHandoffMessenger(new TeamsReplies(teams.outbox), teams.references,
                new TeamsSettings(FakeBotFrameworkIssuer.APP_ID, Optional.of("s3cret"), Optional.of("tenant-1"), false));
        teams.post(ActivityFixture.message("m-1", teams.connector.serviceUrl(), "hello")); // the staff member's chat
        ConversationKey staff = new ConversationKey("teams", ActivityFixture.USER_AAD_ID, ActivityFixture.PERSONAL_CHAT);
        handoff = Handoff.requested(7, new HandoffRequest(1, staff, "Ada", HandoffRequest.Kind.TEACHING,
                "Total silence\nwhen I ask   a question", List.of(), List.of(), List.of(), TeamsHarness.NOW));
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    @Test
    void openThread_withoutAChat_opensOneAndPostsTheSummary_thenReusesIt() {
        int before = teams.connector.calls().size();
        Optional<String> link = messenger.openThread(handoff, alex(ALEX_AAD), SUMMARY);
        teams.deliver();
        var calls = teams.connector.calls().subList(before, teams.connector.calls().size());
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).path()).isEqualTo("/connector/v3/conversations");
        assertThat(calls.get(0).body()).contains("\"members\":[{\"id\":\"" + ALEX_AAD + "\"}]", "tenant-1",
                ActivityFixture.BOT_ID);
        String chat = "sent-" + (before + 1);
        assertThat(calls.get(1).path()).isEqualTo("/connector/v3/conversations/" + chat + "/activities");
        assertThat(calls.get(1).body()).contains("I've got this", "Teaching question from Ada");
        assertThat(link).hasValueSatisfying(url -> assertThat(url)
                .startsWith("https://teams.microsoft.com/l/chat/0/0?users=alex.rivera@uni.example&message="));

        messenger.openThread(handoff, alex(ALEX_AAD), SUMMARY);
        teams.deliver();
        assertThat(teams.connector.calls().get(teams.connector.calls().size() - 1).path())
                .isEqualTo("/connector/v3/conversations/" + chat + "/activities");
        assertThat(teams.connector.calls()).hasSize(before + 3);
    }

    @Test
    void chatLink_isPrefilledWithAOneLineSummary() {
        String link = messenger.openThread(handoff, alex(ALEX_AAD), SUMMARY).orElseThrow();
        String message = URLDecoder.decode(link.substring(link.indexOf("&message=") + 9), StandardCharsets.UTF_8);
        assertThat(message).isEqualTo("Hi Alex, it's about my request to Doorway: Total silence when I ask a question");
    }

    @Test
    void aSignInNameInTheTeamsField_isUsedForTheLink_andNoChatIsOpened() {
        int before = teams.connector.calls().size();
        String link = messenger.openThread(handoff, alex("alex@tenant.example"), SUMMARY).orElseThrow();
        teams.deliver();
        assertThat(link).contains("users=alex@tenant.example&");
        assertThat(teams.connector.calls()).hasSize(before);
        // No card can reach them, so routing skips them until Doorway learns their Teams id.
        assertThat(messenger.reaches(alex("alex@tenant.example"), "teams")).isFalse();
        assertThat(messenger.reaches(alex(ALEX_AAD), "teams")).isTrue();
        assertThat(messenger.reaches(alex(ALEX_AAD), "slack")).isFalse();
    }

    @Test
    void tellStaff_postsInTheirConversation() {
        messenger.tellStaff(handoff.request().staff(), Reply.Text.of("Alex has it"));
        teams.deliver();
        var last = teams.connector.calls().get(teams.connector.calls().size() - 1);
        assertThat(last.path()).isEqualTo("/connector/v3/conversations/a%3A1Xb7oPersonalChat/activities");
        assertThat(last.body()).contains("Alex has it");
    }

    @Test
    void blockedByTheTechnologist_failsForGood_whileServerErrorsAreRetriedLater() {
        teams.connector.answerActivitiesWith(call -> FakeHttpServer.Answer.json(403,
                "{\"error\":{\"code\":\"MessageWritesBlocked\",\"message\":\"blocked\"}}"));
        messenger.openThread(handoff, alex(ALEX_AAD), SUMMARY);
        teams.deliver();
        assertThat(count("status = 'failed' AND last_error LIKE '%MessageWritesBlocked%'")).isEqualTo(1);

        teams.connector.answerActivitiesWith(call -> FakeHttpServer.Answer.json(503, "{}"));
        messenger.tellStaff(handoff.request().staff(), Reply.Text.of("still there?"));
        teams.deliver();
        assertThat(count("status = 'pending' AND attempts = 1")).isEqualTo(1);
        teams.connector.answerActivitiesWith(teams.connector::created);
        teams.clock.advance(Duration.ofSeconds(3));
        teams.deliver();
        assertThat(count("status = 'pending'")).isZero();
    }

    @Test
    void postToTeamChannel_startsAPostInTheChannel() {
        String channel = "19:a1b2c3@thread.tacv2";
        teams.references.remember(new ConversationReference(channel, "channel", teams.connector.serviceUrl(),
                "tenant-1", "", "", ActivityFixture.BOT_ID, TeamsHarness.NOW));
        messenger.postToTeamChannel(channel, SUMMARY);
        teams.deliver();
        var last = teams.connector.calls().get(teams.connector.calls().size() - 1);
        assertThat(last.path()).isEqualTo("/connector/v3/conversations/19%3Aa1b2c3%40thread.tacv2/activities");
        assertThat(last.body()).contains("I've got this");
    }

    @Test
    void teamsChannelIds_areRecognised() {
        assertThat(TeamsHandoffMessenger.isTeamsChannel("19:a1b2c3@thread.tacv2")).isTrue();
        assertThat(TeamsHandoffMessenger.isTeamsChannel("19:a1b2c3@thread.skype")).isTrue();
        assertThat(TeamsHandoffMessenger.isTeamsChannel("C0123ABC")).isFalse();
        assertThat(TeamsHandoffMessenger.isTeamsChannel("19:a1b2c3@thread.tacv2;messageid=1")).isFalse();
    }

    @Test
    void tellTechnologist_reachesTheirOwnChat_notAConversationNamedByTheirId() {
        int before = teams.connector.calls().size();
        messenger.tellTechnologist(alex(ActivityFixture.USER_AAD_ID), "teams", Reply.Text.of("Vevox is due for review."));
        teams.deliver();
        var calls = teams.connector.calls().subList(before, teams.connector.calls().size());
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(URLDecoder.decode(call.path(), StandardCharsets.UTF_8)).isEqualTo("/connector/v3/conversations/"
                    + ActivityFixture.PERSONAL_CHAT + "/activities");
            assertThat(call.body()).contains("Vevox is due for review.");
        });
    }

    @Test
    void tellTechnologist_withoutAChat_opensOne() {
        messenger.tellTechnologist(alex(ALEX_AAD), "teams", Reply.Text.of("Vevox is due for review."));
        assertThat(count("payload LIKE '%\"userId\":\"" + ALEX_AAD + "\"%' AND payload LIKE '%due for review%'"))
                .isEqualTo(1);
    }

    private long count(String where) {
        return OutboxFixture.count(teams.database, "SELECT COUNT(*) FROM outbox WHERE " + where);
    }

    private static Technologist alex(String teamsId) {
        return new Technologist("alex.rivera@uni.example", "Alex Rivera", "alex.rivera@uni.example",
                Map.of("teams", teamsId), ZoneOffset.UTC, WeeklyHours.none(), List.of(), List.of(), 3, true);
    }
}
