package org.doorway.slack;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.doorway.DoorwayException;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Suggestion;

/**
 * Renders each {@link Reply} as one Slack message. All words are escaped for
 * mrkdwn, links are made only from http(s) URLs, and Block Kit's limits are
 * respected by cutting text and blocks, never by failing. Stateless and
 * thread-safe.
 */
public final class BlockKitRenderer {

    public SlackMessage render(Reply reply) {
        if (reply instanceof Reply.Text text) {
            return options(text.text(), text.options());
        } else if (reply instanceof Reply.Choice choice) {
            return options(choice.prompt(), choice.options());
        } else if (reply instanceof Reply.Suggestions suggestions) {
            return suggestions(suggestions);
        } else if (reply instanceof Reply.HandoffNotice notice) {
            return notice(notice);
        } else if (reply instanceof Reply.HandoffSummary summary) {
            return summary(summary);
        } else if (reply instanceof Reply.Listing listing) {
            return listing(listing);
        }
        throw new DoorwayException("no Slack rendering for " + reply.getClass().getSimpleName());
    }

    private SlackMessage options(String text, List<org.doorway.conversation.Option> options) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(mrkdwnSection(Mrkdwn.escape(text, BlockLimits.SECTION_TEXT)));
        blocks.addAll(new Buttons().blocksFor(options));
        return message(text, blocks);
    }

    private SlackMessage suggestions(Reply.Suggestions reply) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(mrkdwnSection(Mrkdwn.escape(reply.intro(), BlockLimits.SECTION_TEXT)));
        for (Suggestion item : reply.items()) {
            blocks.add(divider());
            blocks.add(mrkdwnSection(fit(SuggestionText.of(item))));
        }
        blocks.addAll(new Buttons().blocksFor(reply.actions()));
        String names = reply.items().stream().map(Suggestion::name).collect(Collectors.joining(", "));
        return message(reply.intro() + (names.isEmpty() ? "" : " " + names), blocks);
    }

    private SlackMessage notice(Reply.HandoffNotice notice) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(mrkdwnSection(Mrkdwn.escape(notice.text(), BlockLimits.SECTION_TEXT)));
        notice.chatLink().filter(Mrkdwn::isWebUrl).ifPresent(link ->
                blocks.add(mrkdwnSection(Mrkdwn.link(link, "Open the chat"
                        + notice.technologistName().map(name -> " with " + name).orElse("")))));
        return message(notice.text(), blocks);
    }

    private SlackMessage summary(Reply.HandoffSummary summary) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Mrkdwn.escape(summary.title(), BlockLimits.HEADER_TEXT)))));
        if (!summary.title().contains(summary.staffName())) {
            blocks.add(mrkdwnSection("From " + Mrkdwn.bold(summary.staffName())));
        }
        List<TextObject> fields = new ArrayList<>();
        for (Reply.Field field : summary.fields()) {
            fields.add(markdownText(Mrkdwn.bold(Mrkdwn.cut(field.label(), 100)) + "\n"
                    + Mrkdwn.escape(field.value(), BlockLimits.SECTION_FIELD - 110)));
            if (fields.size() == BlockLimits.FIELDS_PER_SECTION) {
                blocks.add(fieldsSection(fields));
                fields = new ArrayList<>();
            }
        }
        if (!fields.isEmpty()) {
            blocks.add(fieldsSection(fields));
        }
        blocks.addAll(new Buttons().blocksFor(summary.options()));
        String fallback = summary.title().contains(summary.staffName()) ? summary.title()
                : summary.title() + " from " + summary.staffName();
        return message(fallback, blocks);
    }

    /** The intro, then each request's blocks after a divider; Block Kit's limit cuts the longest lists. */
    private SlackMessage listing(Reply.Listing listing) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(mrkdwnSection(Mrkdwn.escape(listing.intro(), BlockLimits.SECTION_TEXT)));
        for (Reply.HandoffSummary item : listing.items()) {
            blocks.add(divider());
            blocks.addAll(summary(item).blocks());
        }
        return message(listing.intro(), blocks);
    }

    private static LayoutBlock fieldsSection(List<TextObject> fields) {
        List<TextObject> copy = List.copyOf(fields);
        return section(s -> s.fields(copy));
    }

    static LayoutBlock mrkdwnSection(String mrkdwn) {
        return section(s -> s.text(markdownText(mrkdwn)));
    }

    /** Cuts already-built mrkdwn at a line end when it is too long, so no link or entity is split. */
    private static String fit(String mrkdwn) {
        if (mrkdwn.length() <= BlockLimits.SECTION_TEXT) {
            return mrkdwn;
        }
        int cut = mrkdwn.lastIndexOf('\n', BlockLimits.SECTION_TEXT - 2);
        return cut > 0 ? mrkdwn.substring(0, cut) + "\n" + Mrkdwn.ELLIPSIS
                : Mrkdwn.escape("(too long to show)");
    }

    private static SlackMessage message(String fallback, List<LayoutBlock> blocks) {
        return new SlackMessage(Mrkdwn.escape(fallback, BlockLimits.FALLBACK_TEXT),
                BlockLimits.fit(blocks, BlockLimits.BLOCKS_PER_MESSAGE));
    }
}
