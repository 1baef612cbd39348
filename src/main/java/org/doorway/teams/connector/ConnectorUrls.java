package org.doorway.teams.connector;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Bot Connector REST paths under a service URL, with ids percent-encoded (Teams ids hold ':', '@' and ';'). */
final class ConnectorUrls {
    private ConnectorUrls() {}

    static URI conversations(String serviceUrl) {
        return URI.create(base(serviceUrl) + "v3/conversations");
    }

    static URI activities(String serviceUrl, String conversationId) {
        return URI.create(base(serviceUrl) + "v3/conversations/" + encode(conversationId) + "/activities");
    }

    static URI activity(String serviceUrl, String conversationId, String activityId) {
        return URI.create(base(serviceUrl) + "v3/conversations/" + encode(conversationId) + "/activities/"
                + encode(activityId));
    }

    static URI member(String serviceUrl, String conversationId, String userId) {
        return URI.create(base(serviceUrl) + "v3/conversations/" + encode(conversationId) + "/members/"
                + encode(userId));
    }

    private static String base(String serviceUrl) {
        return serviceUrl.endsWith("/") ? serviceUrl : serviceUrl + "/";
    }

    static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
