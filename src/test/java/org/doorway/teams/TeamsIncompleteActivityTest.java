package org.doorway.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.doorway.outbox.OutboxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Activities Teams rarely or never sends: a message without an id is recorded
 * before it is answered, under a key its retry shares; one with neither an id
 * nor a timestamp is refused; a click on a card that is not Doorway's is
 * acknowledged and nothing else.
 */
class TeamsIncompleteActivityTest {
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

    @Test
    void aMessageWithoutAnId_isRecordedFirst_andItsRetryIsNotAnsweredAgain() {
        ObjectNode message = ActivityFixture.message("unused", teams.connector.serviceUrl(), "hello");
        message.remove("id");
        ObjectNode retry = message.deepCopy();
        retry.remove("type");
        retry.put("type", "message"); // the same activity, its fields in another order

        assertThat(teams.post(message).statusCode()).isEqualTo(202);
        assertThat(count("SELECT COUNT(*) FROM processed_events WHERE event_key LIKE 'teams:derived:%'"))
                .isEqualTo(1);
        assertThat(teams.post(retry).statusCode()).isEqualTo(202);

        assertThat(teams.intake.received()).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM processed_events")).isEqualTo(1);
    }

    @Test
    void twoMessagesWithoutIds_sentAtDifferentTimes_areBothAnswered() {
        ObjectNode first = ActivityFixture.message("unused", teams.connector.serviceUrl(), "hello");
        first.remove("id");
        ObjectNode second = first.deepCopy().put("timestamp", "2026-03-02T10:00:07.000Z");

        teams.post(first);
        teams.post(second);

        assertThat(teams.intake.received()).hasSize(2);
    }

    @Test
    void anActivityWithNeitherIdNorTimestamp_isRefused_andNothingIsWritten() {
        ObjectNode message = ActivityFixture.message("unused", teams.connector.serviceUrl(), "hello");
        message.remove("id");
        message.remove("timestamp");

        var response = teams.post(message);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("the activity needs an id or a timestamp");
        assertThat(teams.intake.received()).isEmpty();
        assertThat(written()).isZero();
    }

    @Test
    void aClickOnACardThatIsNotDoorways_isAcknowledged_andNothingIsWrittenOrSent() {
        ObjectNode click = ActivityFixture.click("c-1", teams.connector.serviceUrl(), "card-1", "ignored");
        click.putObject("value").put("verb", "approveLeave").put("comment", "ok");

        assertThat(teams.post(click).statusCode()).isEqualTo(202);

        assertThat(teams.intake.received()).isEmpty();
        assertThat(teams.connector.calls()).isEmpty();
        assertThat(written()).isZero();
    }

    private long written() {
        return count("SELECT COUNT(*) FROM processed_events") + count("SELECT COUNT(*) FROM teams_conversations")
                + count("SELECT COUNT(*) FROM outbox");
    }

    private long count(String sql) {
        return OutboxFixture.count(teams.database, sql);
    }
}
