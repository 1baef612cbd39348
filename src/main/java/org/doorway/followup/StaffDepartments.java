package org.doorway.followup;

import java.util.Map;
import java.util.Optional;
import org.doorway.conversation.ConversationKey;

/**
 * The department the staff directory gives a person ({@code DEPARTMENTS_FILE}),
 * when it does: a case study's discipline comes from it before what they said.
 */
@FunctionalInterface
public interface StaffDepartments {
    /** Nobody's department is known: the discipline comes from what people said. */
    StaffDepartments NONE = who -> Optional.empty();

    Optional<String> of(ConversationKey who);

    /** From directory lines keyed by platform and user id ({@code "slack:U0123"}). */
    static StaffDepartments of(Map<String, String> byPlatformAndUser) {
        Map<String, String> copy = Map.copyOf(byPlatformAndUser);
        return who -> Optional.ofNullable(copy.get(who.platform() + ":" + who.user()));
    }
}
