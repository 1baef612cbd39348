package org.doorway.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * People and their direct-message channels, looked up in the Web API once and
 * then cached (bounded, expiring) so that busy minutes do not call
 * {@code users.info} for every message. Lookups that fail are not cached and
 * degrade gently: no display name, or the user id as the channel (which
 * {@code chat.postMessage} accepts for the app's DM). While Slack has asked
 * to wait before the next call of a method, the lookup does without instead
 * of calling ({@link SlackMethodBudgets}). Called after the ack, never on the
 * request thread. Thread-safe.
 */
public final class SlackDirectory {
    private static final Logger log = LoggerFactory.getLogger(SlackDirectory.class);

    private final MethodsClient client;
    private final SlackMethodBudgets budgets;
    private final Cache<String, String> names;
    private final Cache<String, String> directChannels;

    SlackDirectory(MethodsClient client, SlackMethodBudgets budgets, Duration nameTtl, long maxEntries) {
        this.client = client;
        this.budgets = budgets;
        this.names = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(nameTtl).build();
        this.directChannels = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(Duration.ofDays(1))
                .build();
    }

    /** The name Slack shows for the user, or null when unknown. */
    public String displayName(String userId) {
        String known = names.getIfPresent(userId);
        if (known != null || budgets.waiting("users.info")) {
            return known;
        }
        return names.get(userId, this::lookUpName);
    }

    /** The app's DM with the user. */
    public SlackAddress directChannel(String userId) {
        String known = directChannels.getIfPresent(userId);
        String channel = known != null || budgets.waiting("conversations.open") ? known
                : directChannels.get(userId, this::openDirectChannel);
        return SlackAddress.channel(channel == null ? userId : channel);
    }

    private String lookUpName(String userId) {
        try {
            UsersInfoResponse info = client.usersInfo(r -> r.user(userId));
            if (!info.isOk() || info.getUser() == null) {
                log.warn("users.info for {} answered {}; showing no name", userId, info.getError());
                return null;
            }
            return bestName(info.getUser());
        } catch (IOException | SlackApiException unavailable) {
            log.warn("users.info for {} failed ({}); showing no name", userId, unavailable.getMessage());
            return null;
        }
    }

    private String openDirectChannel(String userId) {
        try {
            ConversationsOpenResponse opened = client.conversationsOpen(r -> r.users(List.of(userId)));
            if (opened.isOk() && opened.getChannel() != null) {
                return opened.getChannel().getId();
            }
            log.warn("conversations.open for {} answered {}; posting to the user id", userId, opened.getError());
        } catch (IOException | SlackApiException unavailable) {
            log.warn("conversations.open for {} failed ({}); posting to the user id", userId, unavailable.getMessage());
        }
        return null;
    }

    private static String bestName(User user) {
        User.Profile profile = user.getProfile();
        if (profile != null && profile.getDisplayName() != null && !profile.getDisplayName().isBlank()) {
            return profile.getDisplayName();
        }
        if (profile != null && profile.getRealName() != null && !profile.getRealName().isBlank()) {
            return profile.getRealName();
        }
        return user.getRealName() != null && !user.getRealName().isBlank() ? user.getRealName() : user.getName();
    }
}
