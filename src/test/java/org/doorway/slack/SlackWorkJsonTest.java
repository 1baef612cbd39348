package org.doorway.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.doorway.DoorwayException;
import org.junit.jupiter.api.Test;

/** The work a Slack event leaves in the inbox survives the trip through JSON unchanged. */
class SlackWorkJsonTest {

    @Test
    void messages_in_a_thread_or_to_the_dm_come_back_as_they_went() {
        SlackWork inThread = SlackWork.Message.in(SlackAddress.thread("C1", "1700000000.1"), "U1",
                "quotes \" and <@U2> and émoji 🎓\nsecond line");
        SlackWork direct = SlackWork.Message.direct("U1", "/doorway text");

        assertThat(SlackWorkJson.read(SlackWorkJson.write(inThread))).isEqualTo(inThread);
        assertThat(SlackWorkJson.read(SlackWorkJson.write(direct))).isEqualTo(direct);
    }

    @Test
    void a_choice_keeps_how_the_clicked_message_should_look() {
        SlackAddress where = SlackAddress.channel("D1");
        SlackWork clicked = new SlackWork.Choice(where, "U1", "need:assessment",
                Optional.of(new ClickedMessage(where, "1700000000.5", "Which is closest?", "[{\"type\":\"context\"}]")));
        SlackWork bare = new SlackWork.Choice(where, "U1", "person", Optional.empty());

        assertThat(SlackWorkJson.read(SlackWorkJson.write(clicked))).isEqualTo(clicked);
        assertThat(SlackWorkJson.read(SlackWorkJson.write(bare))).isEqualTo(bare);
    }

    @Test
    void work_that_cannot_be_read_says_so() {
        assertThatThrownBy(() -> SlackWorkJson.read("not json")).isInstanceOf(DoorwayException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> SlackWorkJson.read("{\"kind\":\"dance\",\"user\":\"U1\"}"))
                .isInstanceOf(DoorwayException.class).hasMessageContaining("'dance'");
    }
}
