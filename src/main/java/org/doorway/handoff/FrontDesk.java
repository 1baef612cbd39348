package org.doorway.handoff;

import java.util.List;
import java.util.Optional;
import org.doorway.intake.Inbound;
import org.doorway.intake.Intake;
import org.doorway.intake.Reply;

/**
 * Every inbound message and click comes here first: a technologist's handoff
 * buttons and availability commands ({@code available}, {@code busy},
 * {@code away}) go to the handoff feature; everything else is the staff
 * conversation.
 */
public final class FrontDesk implements Intake {
    private final TechnologistActions technologists;
    private final Intake conversation;

    public FrontDesk(TechnologistActions technologists, Intake conversation) {
        this.technologists = technologists;
        this.conversation = conversation;
    }

    @Override
    public List<Reply> handle(Inbound inbound) {
        if (inbound instanceof Inbound.Action action && HandoffOptions.owns(action.optionId())) {
            return technologists.handle(action.key(), action.optionId(), "");
        }
        if (inbound instanceof Inbound.Message message && message.text() != null) {
            Optional<Reply> availability = technologists.availabilityCommand(message.key(), message.text());
            if (availability.isPresent()) {
                return List.of(availability.get());
            }
        }
        return conversation.handle(inbound);
    }
}
