package org.doorway.handoff;

import java.util.Optional;

/**
 * A chat message that shows a handoff's buttons: where it is on its platform
 * ({@code conversation} and {@code message}: a Slack channel and ts, or a Teams
 * conversation and activity id, with the Teams {@code serviceUrl}), who it was
 * written for, and the handoff version it shows now.
 */
public record HandoffMessage(long id, long handoffId, String platform, Audience audience, String conversation,
        String message, Optional<String> serviceUrl, int shownVersion) {

    /** Who a message was written for: the team channel, or one technologist. Decides the buttons it keeps. */
    public record Audience(Optional<String> technologistId) {
        private static final String TEAM = "team";
        private static final String TECHNOLOGIST = "technologist:";

        public static Audience team() {
            return new Audience(Optional.empty());
        }

        public static Audience technologist(String technologistId) {
            return new Audience(Optional.of(technologistId));
        }

        public String key() {
            return technologistId.map(id -> TECHNOLOGIST + id).orElse(TEAM);
        }

        public static Audience parse(String key) {
            return key != null && key.startsWith(TECHNOLOGIST)
                    ? technologist(key.substring(TECHNOLOGIST.length())) : team();
        }
    }
}
