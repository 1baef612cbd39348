package org.doorway.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The one rule for links Doorway prints or serves: absolute http(s) with a host. */
public final class WebLinks {
    private WebLinks() {}

    public static boolean isWebLink(String value) {
        if (value == null) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
