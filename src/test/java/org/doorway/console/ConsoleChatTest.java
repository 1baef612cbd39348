package org.doorway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.TurnsFixture;
import org.doorway.inbox.EventInbox;
import org.doorway.inbox.InboundEvent;
import org.junit.jupiter.api.Test;

class ConsoleChatTest {

    @Test
    void pipedLines_becomeMessagesOrChoicesByNumberOrLabel() throws Exception {
        List<Inbound> seen = new ArrayList<>();
        List<InboundEvent> recorded = new ArrayList<>();
        EventInbox inbox = new EventInbox() {
            @Override
            public List<Boolean> recordAll(List<InboundEvent> events) {
                recorded.addAll(events);
                return events.stream().map(event -> true).toList();
            }

            @Override
            public boolean markHandled(String key, Instant at) {
                return true;
            }

            @Override
            public List<InboundEvent> pending(String keyPrefix, Instant receivedBefore, int limit) {
                return List.of();
            }
        };
        ConsoleChat chat = new ConsoleChat(TurnsFixture.withoutStore(inbound -> {
            seen.add(inbound);
            return List.of(new Reply.Choice("Which?", List.of(Option.of("need:a", "Polls"), Option.of("need:b", "Quizzes"))));
        }, inbox), "dr-lee");
        StringWriter out = new StringWriter();
        chat.run(new BufferedReader(new StringReader("silence in lectures\n2\npolls\n9\n\nquit\nignored\n")),
                new PrintWriter(out), "Hi", false);

        assertThat(seen).hasSize(4);
        assertThat(recorded).as("each line is recorded before it is answered, as every platform's events are")
                .hasSize(4).allSatisfy(event -> assertThat(event.key()).startsWith("console:"))
                .extracting(InboundEvent::key).doesNotHaveDuplicates();
        assertThat(seen.get(0)).isEqualTo(new Inbound.Message(seen.get(0).key(), "dr-lee", "silence in lectures"));
        assertThat(((Inbound.Action) seen.get(1)).optionId()).isEqualTo("need:b");
        assertThat(((Inbound.Action) seen.get(2)).optionId()).isEqualTo("need:a");
        assertThat(seen.get(3)).isInstanceOf(Inbound.Message.class);
        assertThat(out.toString()).startsWith("Hi\nyou> silence in lectures\ndoorway> Which?\n  [1] Polls   [2] Quizzes");
    }
}
