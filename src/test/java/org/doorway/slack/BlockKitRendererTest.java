package org.doorway.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.doorway.catalogue.CaseStudy;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.GuideFormat;
import org.doorway.catalogue.SupportStatus;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Suggestion;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {
    static final String HOSTILE = "<!channel> <@U123> <https://evil.example|click> & co";
    final BlockKitRenderer renderer = new BlockKitRenderer();
    final ObjectMapper json = new ObjectMapper();

    /** One example of every kind of reply, each carrying hostile user text; keyed by class. */
    static Map<Class<?>, Reply> examples() {
        List<Option> options = List.of(Option.primary("right", "This looks right"),
                Option.of("person", "Talk to a technologist"), Option.of("more", "Show other options"));
        Suggestion poll = new Suggestion("mentimeter", "Mentimeter", "Live polls " + HOSTILE,
                "https://www.mentimeter.com", "Everyone answers at once " + HOSTILE, SupportStatus.SUPPORTED,
                "Digital Education", List.of(
                        new Guide("Start", GuideFormat.ONE_PAGE, "https://guides.example/menti.pdf", List.of()),
                        new Guide("Watch", GuideFormat.VIDEO, "https://video.example/menti", List.of()),
                        new Guide("Live", GuideFormat.WEBINAR, "https://events.example/menti",
                                List.of(LocalDate.of(2025, 1, 14))),
                        new Guide("Bad", GuideFormat.DIAGRAM, "javascript:alert(1)", List.of())),
                Optional.of(new CaseStudy("Polls in Law 101", "Doubled participation", "Dr Ng", List.of("engage"),
                        "https://stories.example/law101")));
        return Map.of(
                Reply.Text.class, new Reply.Text("You said: " + HOSTILE, options),
                Reply.Suggestions.class, new Reply.Suggestions("Engagement", "Here are tools for " + HOSTILE,
                        List.of(poll), options),
                Reply.Choice.class, new Reply.Choice("Which is closest? " + HOSTILE, options),
                Reply.HandoffNotice.class, new Reply.HandoffNotice("Sam has your request " + HOSTILE,
                        Optional.of("Sam"), Optional.of("https://slack.com/app_redirect?channel=G1")),
                Reply.HandoffSummary.class, new Reply.HandoffSummary("h1", "Request: " + HOSTILE, "Ada " + HOSTILE,
                        List.of(new Reply.Field("Problem", HOSTILE), new Reply.Field("Cohort", "200")), options),
                Reply.Listing.class, new Reply.Listing("Your queue " + HOSTILE, List.of(new Reply.HandoffSummary(
                        "h1", "Request: " + HOSTILE, "Ada " + HOSTILE, List.of(new Reply.Field("Latest", HOSTILE)),
                        options))));
    }

    @Test
    void every_kind_of_reply_renders_with_user_text_escaped() throws Exception {
        Map<Class<?>, Reply> examples = examples();
        for (Class<?> kind : Reply.class.getPermittedSubclasses()) {
            assertThat(examples).as("an example of %s", kind.getSimpleName()).containsKey(kind);
            SlackMessage message = renderer.render(examples.get(kind));
            String blocks = json.readTree(message.blocksJson()).toString();
            assertThat(message.blocks()).as(kind.getSimpleName()).isNotEmpty().hasSizeLessThanOrEqualTo(50);
            assertThat(message.text()).isNotBlank().doesNotContain("<!channel>", "<@U123>");
            assertThat(blocks).doesNotContain("<!channel>", "<@U123>", "<https://evil", "javascript:");
        }
    }

    @Test
    void suggestions_show_why_support_and_guides_by_format() throws Exception {
        String blocks = json.readTree(renderer.render(examples().get(Reply.Suggestions.class)).blocksJson())
                .toString();

        assertThat(blocks).contains("*<https://www.mentimeter.com|Mentimeter>*", "_Why it fits:_",
                "_Support:_ supported by Digital Education",
                "<https://guides.example/menti.pdf|One-page guide> · <https://video.example/menti|Short video> · "
                        + "<https://events.example/menti|Webinar 14 Jan> · Diagram",
                "<https://stories.example/law101|Polls in Law 101> (Dr Ng)");
    }

    @Test
    void buttons_carry_option_ids_and_unique_action_ids() throws Exception {
        JsonNode blocks = json.readTree(renderer.render(examples().get(Reply.Suggestions.class)).blocksJson());
        List<String> actionIds = new ArrayList<>();
        List<String> values = new ArrayList<>();
        blocks.findValues("elements").forEach(elements -> elements.forEach(element -> {
            if ("button".equals(element.path("type").asText())) {
                actionIds.add(element.get("action_id").asText());
                values.add(element.get("value").asText());
            }
        }));

        assertThat(values).containsExactly("right", "person", "more");
        assertThat(actionIds).doesNotHaveDuplicates().allMatch(id -> id.startsWith(Buttons.ACTION_PREFIX));
        assertThat(blocks.toString()).contains("\"style\":\"primary\"");
    }

    @Test
    void long_text_and_many_blocks_stay_within_block_kit_limits() throws Exception {
        String essay = "&<>".repeat(2000);
        List<Option> many = IntStream.range(0, 60).mapToObj(i -> Option.of("o" + i, "Option " + i + " "
                + "x".repeat(100))).toList();
        List<Reply.Field> fields = IntStream.range(0, 600).mapToObj(i -> new Reply.Field("F" + i, essay)).toList();

        for (Reply reply : List.of(new Reply.Text(essay, many), new Reply.HandoffSummary("h", essay, essay,
                fields, many))) {
            SlackMessage message = renderer.render(reply);
            JsonNode blocks = json.readTree(message.blocksJson());
            assertThat(blocks.size()).isLessThanOrEqualTo(50);
            assertThat(blocks.findValues("text")).allSatisfy(text -> {
                String value = text.isTextual() ? text.asText() : text.path("text").asText();
                assertThat(value.length()).isLessThanOrEqualTo(3000);
                assertThat(value).doesNotEndWith("&am").doesNotEndWith("&l");
            });
            assertThat(message.text().length()).isLessThanOrEqualTo(3000);
            assertThat(blocks.get(blocks.size() - 1).get("type").asText()).isEqualTo("actions");
        }
        Function<JsonNode, List<String>> buttonTexts = blocks -> blocks.findValues("elements").stream()
                .flatMap(elements -> Arrays.stream(json.convertValue(elements, JsonNode[].class)))
                .filter(element -> "button".equals(element.path("type").asText()))
                .map(element -> element.get("text").get("text").asText()).toList();
        assertThat(buttonTexts.apply(json.readTree(renderer.render(new Reply.Text("t", many)).blocksJson())))
                .allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(75));
    }
}
