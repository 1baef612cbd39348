package org.doorway.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import org.doorway.conversation.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Options as buttons. Each button's {@code value} is the option id that comes
 * back as an {@link org.doorway.conversation.Inbound.Action}; its {@code action_id}
 * is unique within the message. Not thread-safe: one per rendered message.
 */
final class Buttons {
    static final String ACTION_PREFIX = "doorway.choice.";
    private static final Logger log = LoggerFactory.getLogger(Buttons.class);

    private int next;

    List<LayoutBlock> blocksFor(List<Option> options) {
        List<LayoutBlock> blocks = new ArrayList<>();
        List<BlockElement> row = new ArrayList<>();
        for (Option option : options) {
            if (option.id().length() > BlockLimits.BUTTON_VALUE) {
                log.warn("Option id of {} chars is longer than Slack allows; button left out", option.id().length());
                continue;
            }
            row.add(button(option));
            if (row.size() == BlockLimits.ELEMENTS_PER_ACTIONS) {
                blocks.add(actions(List.copyOf(row)));
                row.clear();
            }
        }
        if (!row.isEmpty()) {
            blocks.add(actions(List.copyOf(row)));
        }
        return blocks;
    }

    private BlockElement button(Option option) {
        String actionId = ACTION_PREFIX + next++;
        return com.slack.api.model.block.element.BlockElements.button(b -> {
            b.actionId(actionId).value(option.id())
                    .text(plainText(Mrkdwn.escape(option.label(), BlockLimits.BUTTON_TEXT)));
            return option.primary() ? b.style("primary") : b;
        });
    }
}
