package org.doorway.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/** Slack's Block Kit limits, and how Doorway stays inside them without breaking a message. */
final class BlockLimits {
    static final int BLOCKS_PER_MESSAGE = 50;
    static final int BLOCKS_PER_VIEW = 100;
    static final int SECTION_TEXT = 3000;
    static final int SECTION_FIELD = 2000;
    static final int FIELDS_PER_SECTION = 10;
    static final int CONTEXT_TEXT = 3000;
    static final int HEADER_TEXT = 150;
    static final int BUTTON_TEXT = 75;
    static final int BUTTON_VALUE = 2000;
    static final int ELEMENTS_PER_ACTIONS = 25;
    static final int FALLBACK_TEXT = 3000;

    private BlockLimits() {}

    /**
     * At most {@code max} blocks. When there are more, the trailing action
     * blocks (the buttons, which keep the conversation going) survive and a
     * note replaces the middle.
     */
    static List<LayoutBlock> fit(List<LayoutBlock> blocks, int max) {
        if (blocks.size() <= max) {
            return blocks;
        }
        List<LayoutBlock> tail = new ArrayList<>();
        for (int i = blocks.size() - 1; i >= 0 && blocks.get(i) instanceof ActionsBlock && tail.size() < 3; i--) {
            tail.add(0, blocks.get(i));
        }
        int headSize = max - 1 - tail.size();
        List<LayoutBlock> fitted = new ArrayList<>(blocks.subList(0, headSize));
        fitted.add(context(List.of(markdownText("_This message was shortened to fit in Slack._"))));
        fitted.addAll(tail);
        return fitted;
    }
}
