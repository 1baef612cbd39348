package org.doorway.teams.auth;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.Set;

/** A published signing key and the channels ({@code msteams}, …) it is endorsed for. */
record EndorsedKey(RSAKey key, Set<String> endorsements) {
    EndorsedKey {
        endorsements = Set.copyOf(endorsements);
    }

    boolean endorses(String channelId) {
        return endorsements.contains(channelId);
    }
}
