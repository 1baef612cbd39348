package org.doorway.app;

import java.util.Map;
import org.doorway.conversation.Reply;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.HolderMessenger;
import org.doorway.handoff.Technologist;

/** Word to a handoff's holder on the handoff's platform (the staff member's), where that platform is configured. */
final class PlatformHolderMessengers implements HolderMessenger {
    private final Map<String, HolderMessenger> byPlatform;

    PlatformHolderMessengers(Map<String, HolderMessenger> byPlatform) {
        this.byPlatform = Map.copyOf(byPlatform);
    }

    @Override
    public void tellHolder(Handoff handoff, Technologist technologist, Reply reply) {
        of(handoff).tellHolder(handoff, technologist, reply);
    }

    @Override
    public void intoThread(Handoff handoff, Technologist technologist, Reply reply) {
        of(handoff).intoThread(handoff, technologist, reply);
    }

    private HolderMessenger of(Handoff handoff) {
        return byPlatform.getOrDefault(handoff.request().staff().platform(), HolderMessenger.NONE);
    }
}
