package org.doorway.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static org.doorway.slack.BlockKitRenderer.mrkdwnSection;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.Views;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link HomePage} as the App Home tab. Stateless. */
final class AppHomeView {
    static final String NEW_REQUEST = "doorway.home.new_request";
    static final String AVAILABILITY = "doorway.home.availability";
    private static final int LINES = 10;
    /** A home view holds 100 blocks: the queue's cards take about six each. */
    private static final int QUEUE_LINES = 8;
    private static final int OPEN_LINES = 3;
    private static final BlockKitRenderer RENDERER = new BlockKitRenderer();

    String json(HomePage page) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Doorway: help with teaching technology"))));
        blocks.add(mrkdwnSection("Describe a teaching problem in your own words and I'll suggest tools and guides, "
                + "or put you in touch with a learning technologist."));
        blocks.add(actions(List.of(button(b -> b.actionId(NEW_REQUEST).text(plainText("New request"))
                .style("primary").value("new")))));
        blocks.addAll(open(page.openRequests()));
        blocks.addAll(recent(page.recentRequests()));
        page.technologist().ifPresent(part -> blocks.addAll(technologist(part)));
        page.admin().ifPresent(part -> blocks.addAll(admin(part)));
        View view = Views.view(v -> v.type("home").blocks(BlockLimits.fit(blocks, BlockLimits.BLOCKS_PER_VIEW)));
        return SlackMessage.toJson(view);
    }

    /** Requests open with a technologist, each with its buttons. */
    private static List<LayoutBlock> open(List<org.doorway.conversation.Reply.HandoffSummary> requests) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (requests.isEmpty()) {
            return blocks;
        }
        blocks.add(divider());
        blocks.add(header(h -> h.text(plainText("My requests with a learning technologist"))));
        requests.stream().limit(OPEN_LINES).forEach(card -> blocks.addAll(RENDERER.render(card).blocks()));
        return blocks;
    }

    private static List<LayoutBlock> recent(List<HomePage.RequestLine> requests) {
        List<LayoutBlock> blocks = new ArrayList<>(List.of(divider(), header(h -> h.text(plainText("Your requests")))));
        if (requests.isEmpty()) {
            blocks.add(context(List.of(markdownText("Nothing yet. Your requests and where they stand appear here."))));
        }
        requests.stream().limit(LINES).forEach(line -> blocks.add(mrkdwnSection(Mrkdwn.escape(line.summary(), 500)
                + "\n_" + Mrkdwn.escape(line.status(), 200) + "_ · " + Slack.date(line.at()))));
        return blocks;
    }

    private static List<LayoutBlock> technologist(HomePage.TechnologistPart part) {
        String state = part.available() ? "You are *available* for handoffs." : "You are *away*: no new handoffs.";
        String label = part.available() ? "Set me away" : "Set me available";
        List<LayoutBlock> blocks = new ArrayList<>(List.of(divider(),
                header(h -> h.text(plainText("My queue"))), mrkdwnSection(state + " Your open requests, urgent "
                        + "first, then the oldest; the buttons act on each."),
                actions(List.of(button(b -> b.actionId(AVAILABILITY).text(plainText(label))
                        .value(part.available() ? "off" : "on"))))));
        if (part.queue().isEmpty()) {
            blocks.add(context(List.of(markdownText("Your queue is empty."))));
        }
        part.queue().stream().limit(QUEUE_LINES).forEach(card -> {
            blocks.add(divider());
            blocks.addAll(RENDERER.render(card).blocks());
        });
        if (part.queue().size() > QUEUE_LINES) {
            blocks.add(context(List.of(markdownText("And " + (part.queue().size() - QUEUE_LINES)
                    + " more: type `queue` in our messages to see them all."))));
        }
        return blocks;
    }

    private static List<LayoutBlock> admin(HomePage.AdminPart part) {
        return List.of(divider(), header(h -> h.text(plainText("Catalogue"))),
                mrkdwnSection(part.tools() + " tools and " + part.guides() + " guides. " + (Mrkdwn.isWebUrl(part.editUrl())
                        ? Mrkdwn.link(part.editUrl(), "Edit the catalogue")
                        : "To edit it: `doorway catalogue export FILE`, change the file, then `doorway catalogue import FILE`.")));
    }
}
