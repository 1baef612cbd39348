package org.doorway.handoff;

import java.time.Instant;
import java.util.List;

/**
 * Where the messages that show a handoff's buttons are kept (port;
 * {@code JdbiHandoffMessages}). The chat adapters record a message once the
 * platform has accepted it and rewrite every one when the handoff changes.
 */
public interface HandoffMessages {

    /** Records a posted message; posting it again (a retried delivery) records nothing new. */
    void posted(long handoffId, String platform, HandoffMessage.Audience audience, String conversation,
            String message, String serviceUrl, Instant at);

    /** The messages of a handoff on one platform, oldest first. */
    List<HandoffMessage> of(long handoffId, String platform);

    /** Marks a message as showing {@code version}; false when it already shows that version or a newer one. */
    boolean shown(long messageId, int version);
}
