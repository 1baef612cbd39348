package org.doorway.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A message whose button was clicked, and how it should look afterwards: its
 * buttons replaced by "You chose: …", so they cannot be pressed twice.
 */
record ClickedMessage(SlackAddress where, String ts, String text, String blocksJson) {

    static ClickedMessage of(SlackAddress where, String ts, String text, List<LayoutBlock> blocks, String chosen) {
        List<LayoutBlock> after = new ArrayList<>();
        boolean noted = false;
        for (LayoutBlock block : blocks == null ? List.<LayoutBlock>of() : blocks) {
            if (!(block instanceof ActionsBlock)) {
                after.add(block);
            } else if (!noted) {
                after.add(context(List.of(markdownText("You chose: " + Mrkdwn.bold(Mrkdwn.unescape(chosen))))));
                noted = true;
            }
        }
        return new ClickedMessage(where, ts, text == null ? "" : text, SlackMessage.toJson(after));
    }
}
