package org.doorway.teams;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.doorway.teams.auth.TokenCheck;

/**
 * Local emulator mode ({@code TEAMS_EMULATOR=true}): activities without a
 * token are accepted, but only when their {@code serviceUrl} is on loopback,
 * so Doorway never answers, unauthenticated, to an address off this machine.
 */
final class LocalEmulator implements InboundAuthentication {
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    @Override
    public TokenCheck check(String authorizationHeader, String channelId, String serviceUrl) {
        return onLoopback(serviceUrl) ? new TokenCheck.Valid()
                : new TokenCheck.Unauthorized("emulator mode accepts only a serviceUrl on loopback");
    }

    static boolean onLoopback(String serviceUrl) {
        try {
            URI uri = new URI(serviceUrl);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getUserInfo() == null
                    && (host.equals("localhost") || host.equals("[::1]") || IPV4_LOOPBACK.matcher(host).matches());
        } catch (java.net.URISyntaxException | NullPointerException notAUrl) {
            return false;
        }
    }
}
