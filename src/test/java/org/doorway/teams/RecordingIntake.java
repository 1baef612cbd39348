package org.doorway.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Reply;
import org.doorway.conversation.StaffDialogue;

/**
 * An intake test double: records what reached it and answers with one reply
 * of every kind when asked for "every kind", else with a choice.
 */
public final class RecordingIntake implements StaffDialogue {
    private final List<Inbound> received = new CopyOnWriteArrayList<>();
    private volatile Function<Inbound, List<Reply>> answer = RecordingIntake::standard;

    @Override
    public List<Reply> handle(Inbound inbound) {
        received.add(inbound);
        return answer.apply(inbound);
    }

    public void answerWith(Function<Inbound, List<Reply>> answer) {
        this.answer = answer;
    }

    public List<Inbound> received() {
        return List.copyOf(received);
    }

    private static List<Reply> standard(Inbound inbound) {
        if (inbound instanceof Inbound.Message message && message.text().equals("every kind")) {
            return new ArrayList<>(ReplyFixture.everyKind().values());
        }
        return List.of(ReplyFixture.choice());
    }
}
