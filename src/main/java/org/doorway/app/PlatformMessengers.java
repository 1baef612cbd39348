package org.doorway.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.HandoffCards;
import org.doorway.handoff.HandoffMessenger;
import org.doorway.handoff.Technologist;

/**
 * Sends handoff news through the staff member's own platform. The team
 * channel is on the platform whose channel id HANDOFF_TEAM_CHANNEL is (see
 * {@link #of}).
 */
final class PlatformMessengers implements HandoffMessenger {
    private static final String SLACK = "slack";
    private static final String TEAMS = "teams";

    private final Map<String, HandoffMessenger> byPlatform;

    /** {@code byPlatform} in order of preference for the team channel. */
    PlatformMessengers(Map<String, HandoffMessenger> byPlatform) {
        this.byPlatform = byPlatform;
    }

    /**
     * Slack's and Teams' messengers, when configured. The team channel
     * (HANDOFF_TEAM_CHANNEL) is posted to by Teams when {@code teamsOwnsTeamChannel}
     * (the channel is a Teams one), else by Slack.
     */
    static PlatformMessengers of(Optional<HandoffMessenger> slack, Optional<HandoffMessenger> teams,
            boolean teamsOwnsTeamChannel) {
        Map<String, HandoffMessenger> byPlatform = new LinkedHashMap<>();
        if (teamsOwnsTeamChannel) {
            teams.ifPresent(messenger -> byPlatform.put(TEAMS, messenger));
        }
        slack.ifPresent(messenger -> byPlatform.put(SLACK, messenger));
        teams.ifPresent(messenger -> byPlatform.putIfAbsent(TEAMS, messenger));
        return new PlatformMessengers(byPlatform);
    }

    @Override
    public Optional<String> openThread(Handoff handoff, Technologist technologist, Reply.HandoffSummary summary) {
        return messenger(handoff.request().staff().platform())
                .flatMap(messenger -> messenger.openThread(handoff, technologist, summary));
    }

    @Override
    public void tellStaff(ConversationKey staff, Reply reply) {
        messenger(staff.platform()).ifPresent(messenger -> messenger.tellStaff(staff, reply));
    }

    @Override
    public void tellTechnologist(Technologist technologist, String platform, Reply reply) {
        messenger(platform).ifPresent(messenger -> messenger.tellTechnologist(technologist, platform, reply));
    }

    @Override
    public void postToTeamChannel(String channel, Reply.HandoffSummary summary) {
        byPlatform.values().stream().findFirst().ifPresent(messenger -> messenger.postToTeamChannel(channel, summary));
    }

    /** Every platform: a handoff's messages may be on more than one (the team channel on the other). */
    @Override
    public void refresh(HandoffCards cards) {
        byPlatform.values().forEach(messenger -> messenger.refresh(cards));
    }

    @Override
    public boolean reaches(Technologist technologist, String platform) {
        return messenger(platform).map(messenger -> messenger.reaches(technologist, platform)).orElse(false);
    }

    private Optional<HandoffMessenger> messenger(String platform) {
        return Optional.ofNullable(byPlatform.get(platform));
    }
}
