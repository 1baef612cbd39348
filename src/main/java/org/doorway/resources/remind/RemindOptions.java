package org.doorway.resources.remind;

import java.util.Optional;
import org.doorway.conversation.Option;
import org.doorway.resources.ScheduledSession;
import org.doorway.resources.WebinarId;

/** The "Remind me" option's id: {@code remind:} and the session's id. */
final class RemindOptions {
    static final String PREFIX = "remind:";

    private RemindOptions() {}

    static Option of(ScheduledSession session) {
        return Option.of(PREFIX + session.id().wire(), "Remind me: " + session.guide().title());
    }

    static boolean owns(String optionId) {
        return optionId != null && optionId.startsWith(PREFIX);
    }

    static Optional<WebinarId> session(String optionId) {
        return owns(optionId) ? WebinarId.parse(optionId.substring(PREFIX.length())) : Optional.empty();
    }
}
