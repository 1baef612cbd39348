package org.doorway.handoff;

import java.util.List;
import java.util.Optional;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Reply;
import org.doorway.conversation.StaffDialogue;

/**
 * Every inbound message and click comes here first: a technologist's handoff
 * buttons and availability commands ({@code available}, {@code busy},
 * {@code away}) go to the handoff feature; everything else is the staff
 * conversation.
 */
public final class FrontDesk implements StaffDialogue {
    private final TechnologistActions technologists;
    private final StaffDialogue conversation;

    public FrontDesk(TechnologistActions technologists, StaffDialogue conversation) {
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
