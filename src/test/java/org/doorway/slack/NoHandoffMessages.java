package org.doorway.slack;

import java.time.Instant;
import java.util.List;
import org.doorway.handoff.HandoffMessage;
import org.doorway.handoff.HandoffMessages;

/** For courier tests without a database: records nothing, knows of no message. */
class NoHandoffMessages implements HandoffMessages {
    @Override
    public void posted(long handoffId, String platform, HandoffMessage.Audience audience, String conversation,
            String message, String serviceUrl, Instant at) {
    }

    @Override
    public List<HandoffMessage> of(long handoffId, String platform) {
        return List.of();
    }

    @Override
    public boolean shown(long messageId, int version) {
        return false;
    }
}
