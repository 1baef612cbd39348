package org.doorway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.doorway.catalogue.CaseStudy;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.GuideFormat;
import org.doorway.catalogue.SupportStatus;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Suggestion;
import org.junit.jupiter.api.Test;

class ConsoleRendererTest {
    private final ConsoleRenderer renderer = new ConsoleRenderer();

    /** One of every kind of reply; a new kind fails {@link #everyReplyKind_rendersReadably} until added here. */
    static List<Reply> everyKind() {
        Suggestion tool = new Suggestion("menti", "Mentimeter", "Live polls.", "https://www.mentimeter.com",
                "Ask the room mid-lecture.", SupportStatus.SUPPORTED, "Digital Education",
                List.of(new Guide("In a page", GuideFormat.ONE_PAGE, "https://guides.example/menti", List.of()),
                        new Guide("Webinar", GuideFormat.WEBINAR, "https://guides.example/w",
                                List.of(LocalDate.parse("2027-01-14"))),
                        new Guide("Bad link", GuideFormat.DIAGRAM, "javascript:alert(1)", List.of())),
                Optional.of(new CaseStudy("Polling chemists", "Answers rose.", "Dr Shah", List.of(), null)));
        return List.of(
                new Reply.Text("Hello", List.of(Option.of("help", "Help"))),
                new Reply.Suggestions("Interaction in live sessions", "Try these.", List.of(tool),
                        List.of(Option.primary("right", "This looks right"), Option.of("person", "Talk to a person"))),
                new Reply.Choice("Which is closest?", List.of(Option.of("need:a", "A"), Option.of("need:b", "B"))),
                new Reply.HandoffNotice("Passed to Alex.", Optional.of("Alex"), Optional.of("https://teams.example/chat")),
                new Reply.HandoffSummary("h1", "Request for a person", "Dr Lee",
                        List.of(new Reply.Field("In their words", "help")), List.of(Option.of("ack", "I've got this"))),
                new Reply.Listing("Your queue: 1 open request", List.of(new Reply.HandoffSummary("h1", "Request",
                        "Dr Lee", List.of(new Reply.Field("Status", "Picked up")), List.of(Option.of("pass", "Pass"))))));
    }

    @Test
    void everyReplyKind_rendersReadably() {
        List<Reply> replies = everyKind();
        assertThat(replies.stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(Reply.class.getPermittedSubclasses()));
        for (Reply reply : replies) {
            assertThat(renderer.render(reply, new ArrayList<>())).isNotBlank();
        }
    }

    @Test
    void suggestions_showWhySupportGuidesAndStoryWithOptionsNumbered() {
        List<Option> options = new ArrayList<>();
        String text = renderer.render(everyKind().get(1), options);
        assertThat(text).contains("* Mentimeter  (supported · Digital Education)", "Why it fits: Ask the room",
                "one-page guide: https://guides.example/menti", "webinar 14 Jan 2027", "diagram: —",
                "A colleague's story: Polling chemists", "[1] This looks right   [2] Talk to a person");
        assertThat(text).doesNotContain("javascript:");
        assertThat(options).extracting(Option::id).containsExactly("right", "person");
    }

    @Test
    void controlCharactersInText_neverReachTheTerminal() {
        String text = renderer.render(Reply.Text.of("red \u001B[31mALERT\u001B[0m bell\u0007 [A] kept"), new ArrayList<>());
        assertThat(text).isEqualTo("red ALERT bell [A] kept\n");
    }
}
