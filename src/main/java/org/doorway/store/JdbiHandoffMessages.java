package org.doorway.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorway.handoff.HandoffMessage;
import org.doorway.handoff.HandoffMessages;

/** The messages that show a handoff's buttons; the version mark is conditional, so no refresh lands twice. */
public final class JdbiHandoffMessages implements HandoffMessages {
    private final Database database;

    public JdbiHandoffMessages(Database database) {
        this.database = database;
    }

    @Override
    public void posted(long handoffId, String platform, HandoffMessage.Audience audience, String conversation,
            String message, String serviceUrl, Instant at) {
        database.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO handoff_messages (handoff_id, platform, audience, conversation, message,
                            service_url, shown_version, posted_at)
                        VALUES (:handoff, :platform, :audience, :conversation, :message, :serviceUrl, 0, :at)
                        ON CONFLICT (platform, conversation, message) DO NOTHING""")
                .bind("handoff", handoffId).bind("platform", platform).bind("audience", audience.key())
                .bind("conversation", conversation).bind("message", message).bind("serviceUrl", serviceUrl)
                .bind("at", at.toEpochMilli())
                .execute());
    }

    @Override
    public List<HandoffMessage> of(long handoffId, String platform) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM handoff_messages WHERE handoff_id = :handoff AND platform = :platform
                        ORDER BY id""")
                .bind("handoff", handoffId).bind("platform", platform)
                .map((rows, context) -> new HandoffMessage(rows.getLong("id"), rows.getLong("handoff_id"),
                        rows.getString("platform"), HandoffMessage.Audience.parse(rows.getString("audience")),
                        rows.getString("conversation"), rows.getString("message"),
                        Optional.ofNullable(rows.getString("service_url")), rows.getInt("shown_version")))
                .list());
    }

    @Override
    public boolean shown(long messageId, int version) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE handoff_messages SET shown_version = :version
                        WHERE id = :id AND shown_version < :version""")
                .bind("version", version).bind("id", messageId)
                .execute()) == 1;
    }
}
