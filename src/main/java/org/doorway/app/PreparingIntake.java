package org.doorway.app;

import java.util.List;
import org.doorway.intake.Inbound;
import org.doorway.intake.Intake;
import org.doorway.intake.Reply;

/**
 * An intake whose slow first build ({@code preparation}, the classifier's
 * index) runs when an adapter calls {@link #prepare}, before any unit of work
 * opens, rather than inside the first conversation's transaction.
 */
record PreparingIntake(Intake intake, Runnable preparation) implements Intake {

    @Override
    public List<Reply> handle(Inbound inbound) {
        return intake.handle(inbound);
    }

    @Override
    public void prepare() {
        preparation.run();
    }
}
