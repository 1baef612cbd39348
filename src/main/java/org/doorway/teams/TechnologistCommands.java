package org.doorway.teams;

import java.util.List;
import java.util.Optional;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Reply;

/**
 * A hook for commands typed in Teams that the intake should not see: asked
 * first about every message, it answers the ones it owns and leaves the rest
 * to the intake. Serve wires {@link #none()}: the intake's front desk already
 * takes technologists' {@code available}, {@code busy} and {@code away}, so
 * handling them here as well would answer them twice.
 */
@FunctionalInterface
public interface TechnologistCommands {

    /** The replies when the message was a command, else empty. */
    Optional<List<Reply>> handle(Inbound.Message message);

    static TechnologistCommands none() {
        return message -> Optional.empty();
    }
}
