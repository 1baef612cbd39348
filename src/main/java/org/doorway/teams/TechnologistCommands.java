package org.doorway.teams;

import java.util.List;
import java.util.Optional;
import org.doorway.intake.Inbound;
import org.doorway.intake.Reply;

/**
 * The hook for technologists' commands typed in Teams ({@code available},
 * {@code busy}, {@code away}): asked first about every message, it answers the
 * ones it owns and leaves the rest to the intake. The handoff feature supplies
 * it when Doorway is wired; until then {@link #none()}.
 */
@FunctionalInterface
public interface TechnologistCommands {

    /** The replies when the message was a command, else empty. */
    Optional<List<Reply>> handle(Inbound.Message message);

    static TechnologistCommands none() {
        return message -> Optional.empty();
    }
}
