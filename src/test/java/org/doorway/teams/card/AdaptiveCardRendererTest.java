package org.doorway.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.doorway.conversation.Reply;
import org.doorway.teams.ReplyFixture;
import org.junit.jupiter.api.Test;

class AdaptiveCardRendererTest {
    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    @Test
    void everyKindOfReply_rendersAsAVersion15Card() {
        for (Class<?> kind : Reply.class.getPermittedSubclasses()) {
            assertThat(ReplyFixture.everyKind()).as("a fixture for " + kind.getSimpleName()).containsKey(kind);
            ObjectNode card = renderer.render(ReplyFixture.everyKind().get(kind));
            assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
            assertThat(card.path("version").asText()).isEqualTo("1.5");
            assertThat(card.path("body").size()).as(kind.getSimpleName()).isPositive();
            all(card, "TextBlock").forEach(block -> assertThat(block.path("wrap").asBoolean()).isTrue());
        }
    }

    @Test
    void buttons_submitTheOptionId() {
        ObjectNode card = renderer.render(ReplyFixture.choice());
        List<JsonNode> submits = all(card, "Action.Submit");
        assertThat(submits).extracting(action -> action.path("data").path("doorway").asText())
                .containsExactly("need:feedback", "need:engagement", "other");
        assertThat(submits.get(0).path("style").asText()).isEqualTo("positive");
        assertThat(submits).extracting(action -> action.path("title").asText()).contains("Something else");
    }

    @Test
    void userText_cannotBecomeLinksMarkupOrMentions() {
        for (Reply reply : List.of(ReplyFixture.text(), ReplyFixture.summary())) {
            String rendered = renderer.render(reply).toString();
            assertThat(rendered).doesNotContain("[click me](").doesNotContain("<at>").doesNotContain("**now**")
                    .doesNotContain("msteams").doesNotContain("\"mention\"");
            assertThat(rendered).contains("\\\\[click me\\\\]\\\\(https://evil.example\\\\)");
        }
    }

    @Test
    void suggestions_showWhySupportGuidesAndStory_linkingOnlyHttpUrls() {
        String text = texts(renderer.render(ReplyFixture.suggestions()));
        assertThat(text).contains("[Padlet](https://padlet.com)", "Students post answers anonymously in class",
                "Supported by Digital Education", "[Padlet in 5 minutes](https://guides.example.ac.uk/padlet.pdf)",
                "(next: 12 Mar 2026)", "[Walls in first-year law](https://stories.example.ac.uk/law)");
        assertThat(text).doesNotContain("javascript:").doesNotContain("](ftp:").contains("Sneaky", "Mentimeter");
        assertThat(text).contains("Pilot");
    }

    @Test
    void handoffNotice_linksToTheChat() {
        List<JsonNode> links = all(renderer.render(ReplyFixture.notice()), "Action.OpenUrl");
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.path("title").asText()).isEqualTo("Chat with Sam Tech");
            assertThat(link.path("url").asText()).startsWith("https://teams.microsoft.com/l/chat/0/0?users=");
        });
    }

    @Test
    void manyOptions_goIntoRowsInTheBody() {
        var options = new ArrayList<org.doorway.conversation.Option>();
        for (int i = 0; i < 8; i++) {
            options.add(org.doorway.conversation.Option.of("o" + i, "Option " + i));
        }
        ObjectNode card = renderer.render(new Reply.Choice("Pick", options));
        assertThat(card.has("actions")).isFalse();
        assertThat(all(card, "Action.Submit")).hasSize(8);
    }

    static List<JsonNode> all(JsonNode node, String type) {
        List<JsonNode> found = new ArrayList<>();
        if (type.equals(node.path("type").asText())) {
            found.add(node);
        }
        node.forEach(child -> found.addAll(all(child, type)));
        return found;
    }

    private static String texts(JsonNode card) {
        StringBuilder out = new StringBuilder();
        all(card, "TextBlock").forEach(block -> out.append(block.path("text").asText()).append('\n'));
        card.findValues("value").forEach(value -> out.append(value.asText()).append('\n'));
        return out.toString();
    }
}
