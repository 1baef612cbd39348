package org.doorway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.TurnsFixture;
import org.junit.jupiter.api.Test;

class ConsoleChatTest {

    @Test
    void pipedLines_becomeMessagesOrChoicesByNumberOrLabel() throws Exception {
        List<Inbound> seen = new ArrayList<>();
        ConsoleChat chat = new ConsoleChat(TurnsFixture.withoutStore(inbound -> {
            seen.add(inbound);
            return List.of(new Reply.Choice("Which?", List.of(Option.of("need:a", "Polls"), Option.of("need:b", "Quizzes"))));
        }), "dr-lee");
        StringWriter out = new StringWriter();
        chat.run(new BufferedReader(new StringReader("silence in lectures\n2\npolls\n9\n\nquit\nignored\n")),
                new PrintWriter(out), "Hi", false);

        assertThat(seen).hasSize(4);
        assertThat(seen.get(0)).isEqualTo(new Inbound.Message(seen.get(0).key(), "dr-lee", "silence in lectures"));
        assertThat(((Inbound.Action) seen.get(1)).optionId()).isEqualTo("need:b");
        assertThat(((Inbound.Action) seen.get(2)).optionId()).isEqualTo("need:a");
        assertThat(seen.get(3)).isInstanceOf(Inbound.Message.class);
        assertThat(out.toString()).startsWith("Hi\nyou> silence in lectures\ndoorway> Which?\n  [1] Polls   [2] Quizzes");
    }
}
