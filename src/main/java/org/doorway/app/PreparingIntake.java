package org.doorway.app;

import java.util.List;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Reply;
import org.doorway.conversation.StaffDialogue;

/**
 * An intake whose slow first build ({@code preparation}, the classifier's
 * index) runs when an adapter calls {@link #prepare}, before any unit of work
 * opens, rather than inside the first conversation's transaction.
 */
record PreparingIntake(StaffDialogue intake, Runnable preparation) implements StaffDialogue {

    @Override
    public List<Reply> handle(Inbound inbound) {
        return intake.handle(inbound);
    }

    @Override
    public void prepare() {
        preparation.run();
    }
}
