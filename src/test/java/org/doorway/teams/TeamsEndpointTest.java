package org.doorway.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.teams.ActivityFixture.PERSONAL_CHAT;
import static org.doorway.teams.ActivityFixture.USER_AAD_ID;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Reply;
import org.doorway.conversation.TechnologistDesk;
import org.doorway.conversation.TurnsFixture.TechnologistDeskStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamsEndpointTest {
    private static final String CONVERSATION_PATH = "/connector/v3/conversations/a%3A1Xb7oPersonalChat/activities";

    @TempDir
    Path folder;
    private TeamsHarness teams;

    @BeforeEach
    void start() {
        teams = new TeamsHarness(folder);
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    private String serviceUrl() {
        return teams.connector.serviceUrl();
    }

    @Test
    void personalMessage_reachesTheIntake_andTheReplyIsACardInTheSameThread() {
        assertThat(teams.post(ActivityFixture.message("m-1", serviceUrl(), "students don't talk")).statusCode())
                .isEqualTo(202);
        assertThat(teams.intake.received()).containsExactly(new Inbound.Message(
                new ConversationKey("teams", USER_AAD_ID, PERSONAL_CHAT), "Dr Ada Lovelace", "students don't talk"));
        var reply = teams.connector.calls().get(0);
        assertThat(reply.path()).isEqualTo(CONVERSATION_PATH + "/m-1");
        assertThat(reply.header("Authorization")).isEqualTo("Bearer token-1");
        assertThat(reply.body()).contains("\"contentType\":\"application/vnd.microsoft.card.adaptive\"",
                "\"version\":\"1.5\"", "Which is closest?");
    }

    @Test
    void everyKindOfReply_isDeliveredAsACard() {
        teams.post(ActivityFixture.message("m-1", serviceUrl(), "every kind"));
        assertThat(teams.connector.calls()).hasSize(Reply.class.getPermittedSubclasses().length)
                .allSatisfy(call -> assertThat(call.body()).contains("\"type\":\"AdaptiveCard\""));
    }

    @Test
    void conversationReference_isStored() {
        teams.post(ActivityFixture.message("m-1", serviceUrl(), "hello"));
        ConversationReference stored = teams.references.find(PERSONAL_CHAT).orElseThrow();
        assertThat(stored.serviceUrl()).isEqualTo(serviceUrl());
        assertThat(stored.tenantId()).isEqualTo(ActivityFixture.TENANT);
        assertThat(stored.botId()).isEqualTo(ActivityFixture.BOT_ID);
        assertThat(stored.userAadId()).isEqualTo(USER_AAD_ID);
        assertThat(teams.references.personalChatWith(USER_AAD_ID)).contains(stored);
    }

    @Test
    void channelMention_reachesTheIntakeWithoutTheBotsName() {
        teams.post(ActivityFixture.channelMention("c-1", serviceUrl(), "help with <at>Sam</at>&nbsp;quizzes"));
        assertThat(((Inbound.Message) teams.intake.received().get(0)).text()).isEqualTo("help with Sam quizzes");
    }

    @Test
    void sameActivityTwice_isAnsweredOnce() {
        teams.post(ActivityFixture.message("m-1", serviceUrl(), "hello"));
        teams.post(ActivityFixture.message("m-1", serviceUrl(), "hello"));
        assertThat(teams.intake.received()).hasSize(1);
    }

    @Test
    void click_reachesTheIntakeAsAnAction_andTheCardLosesItsButtonsOnce() {
        teams.post(ActivityFixture.message("m-1", serviceUrl(), "hello"));
        teams.post(ActivityFixture.click("m-2", serviceUrl(), "sent-1", "need:feedback"));
        assertThat(teams.intake.received().get(1)).isEqualTo(new Inbound.Action(
                new ConversationKey("teams", USER_AAD_ID, PERSONAL_CHAT), "Dr Ada Lovelace", "need:feedback"));
        var update = teams.connector.calls().get(1);
        assertThat(update.method()).isEqualTo("PUT");
        assertThat(update.path()).isEqualTo(CONVERSATION_PATH + "/sent-1");
        assertThat(update.body()).doesNotContain("Action.Submit").contains("✓ Feedback at scale");
        teams.post(ActivityFixture.click("m-3", serviceUrl(), "sent-1", "other"));
        assertThat(teams.intake.received()).hasSize(2);
    }

    @Test
    void installation_isWelcomedOnce_thoughTeamsAnnouncesItTwice() {
        assertThat(teams.post(ActivityFixture.installed("i-1", serviceUrl())).statusCode()).isEqualTo(202);
        teams.post(ActivityFixture.botAdded("i-2", serviceUrl()));
        assertThat(teams.connector.calls()).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo(CONVERSATION_PATH);
            assertThat(call.body()).contains("I'm Doorway");
        });
        assertThat(teams.intake.received()).isEmpty();
    }

    @Test
    void unknownActivityType_isAcknowledgedAndIgnored() {
        var typing = ActivityFixture.activity("typing", "t-1", serviceUrl(), PERSONAL_CHAT, "personal");
        assertThat(teams.post(typing).statusCode()).isEqualTo(202);
        assertThat(teams.intake.received()).isEmpty();
        assertThat(teams.connector.calls()).isEmpty();
    }

    @Test
    void intakeFailure_getsAShortKindMessage_neverAStackTrace() {
        teams.intake.answerWith(inbound -> {
            throw new IllegalStateException("database on fire at org.doorway.Secret");
        });
        teams.post(ActivityFixture.message("m-1", serviceUrl(), "hello"));
        String sent = teams.connector.calls().get(0).body();
        assertThat(sent).contains("Sorry, something went wrong on my side").doesNotContain("IllegalState", "fire");
    }

    @Test
    void technologistCommands_areAskedFirst() {
        teams.close();
        TechnologistDesk busy = new TechnologistDeskStub() {
            @Override
            public Optional<Reply> availabilityWord(ConversationKey who, String text) {
                return text.equals("busy") ? Optional.of(Reply.Text.of("You're marked busy.")) : Optional.empty();
            }
        };
        teams = new TeamsHarness(folder, false, busy, Runnable::run);
        teams.post(ActivityFixture.message("m-1", serviceUrl(), "busy"));
        assertThat(teams.intake.received()).isEmpty();
        assertThat(teams.connector.calls().get(0).body()).contains("You're marked busy.");
    }

    @Test
    void notJsonOrTooLarge_isRefused() {
        assertThat(teams.post("not json", teams.token()).statusCode()).isEqualTo(400);
        assertThat(teams.post("not json", null).statusCode()).as("no token: unauthenticated").isEqualTo(401);
        assertThat(teams.post("{\"text\":\"" + "x".repeat(TeamsEndpoint.MAX_BODY_BYTES) + "\"}", teams.token())
                .statusCode()).isEqualTo(413);
        assertThat(teams.intake.received()).isEmpty();
    }
}
