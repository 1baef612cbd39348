package org.doorway.slack;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.doorway.DoorwayException;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.StaffDialogue;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Stands in for the dialogue: echoes a message and asks a question with
 * buttons; answers a click by naming the option. "boom" makes it fail;
 * "blip" makes its first try fail as a busy SQLite database would. Thread-safe.
 */
final class EchoIntake implements StaffDialogue {
    static final String QUESTION = "Which is closest?";
    final List<Inbound> seen = new CopyOnWriteArrayList<>();
    private final Set<String> blipped = ConcurrentHashMap.newKeySet();
    /** What {@link #prepare} does: nothing, unless a test makes it slow, like a classifier's first build. */
    volatile Runnable preparing = () -> { };

    @Override
    public void prepare() {
        preparing.run();
    }

    @Override
    public List<Reply> handle(Inbound inbound) {
        seen.add(inbound);
        if (inbound instanceof Inbound.Message message) {
            if (message.text().contains("boom")) {
                throw new IllegalStateException("the dialogue broke");
            }
            if (message.text().contains("blip") && blipped.add(message.text())) {
                throw new DoorwayException("the write failed", new SQLiteException(
                        "[SQLITE_BUSY] The database file is locked", SQLiteErrorCode.SQLITE_BUSY));
            }
            return List.of(Reply.Text.of("You said: " + message.text()),
                    new Reply.Choice(QUESTION, List.of(Option.primary("need:assessment", "Assessment"),
                            Option.of("person", "Talk to a technologist"))));
        }
        return List.of(Reply.Text.of("You chose " + ((Inbound.Action) inbound).optionId()));
    }
}
