package org.doorway.teams;

import org.doorway.teams.auth.TokenCheck;

/** Decides whether an inbound activity may be processed: the Bot Framework token, or the local-emulator rule. */
@FunctionalInterface
public interface InboundAuthentication {
    TokenCheck check(String authorizationHeader, String channelId, String serviceUrl);
}
