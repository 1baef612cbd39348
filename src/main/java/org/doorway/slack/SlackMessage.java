package org.doorway.slack;

import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.List;

/**
 * A rendered message: Block Kit blocks plus the plain {@code text} Slack shows
 * in notifications and to screen readers (already escaped for mrkdwn).
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
    private static final Gson JSON = GsonFactory.createSnakeCase();

    public SlackMessage {
        blocks = List.copyOf(blocks);
    }

    /** The blocks as Slack's JSON, as stored in an outbox payload. */
    public String blocksJson() {
        return JSON.toJson(blocks);
    }

    static String toJson(Object model) {
        return JSON.toJson(model);
    }
}
