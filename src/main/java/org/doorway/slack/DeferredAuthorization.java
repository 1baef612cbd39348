package org.doorway.slack;

import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;

/**
 * Doorway's stand-in for Bolt's single-workspace authorization. Bolt's own
 * calls {@code auth.test} when the app is built (so a Slack outage at deploy
 * time stopped the start with "The token is invalid") and again on a request
 * when its cached answer has expired (so an ack waited on Slack, and got a 500
 * when Slack was down). This one puts the configured token on every request
 * and the bot's identity once {@link SlackTokenProbe} has learned it in the
 * background; it never calls Slack. Requests are already verified by their
 * signature (HTTP) or arrive over Doorway's own socket (Socket Mode).
 */
final class DeferredAuthorization implements Middleware {
    private final String botToken;
    private final BotIdentity identity;

    DeferredAuthorization(String botToken, BotIdentity identity) {
        this.botToken = botToken;
        this.identity = identity;
    }

    @Override
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        Context context = request.getContext();
        context.setBotToken(botToken);
        identity.current().ifPresent(known -> {
            context.setAuthTestResponse(known);
            context.setBotUserId(known.getUserId());
            context.setBotId(known.getBotId());
            context.setTeamId(known.getTeamId());
            context.setEnterpriseId(known.getEnterpriseId());
        });
        return chain.next(request);
    }
}
