package org.doorway.followup;

import java.util.Optional;
import org.doorway.conversation.ConversationKey;

/**
 * What a follow-up is about: the request, who to ask and where, the need and
 * the tool, and for a resolved handoff its id and the technologist's notes
 * (the summary and the outcome note, for the case-study draft).
 */
public record FollowUpSubject(long requestId, ConversationKey who, Optional<String> personName, String needId,
        String toolId, Optional<Long> handoffId, String problem, String notes) {}
