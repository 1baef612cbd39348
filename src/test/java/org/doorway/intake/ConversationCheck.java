package org.doorway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Suggestion;
import org.doorway.handoff.HandoffRequest;

/**
 * Holds one scripted conversation to its expectations turn by turn, and to
 * the rules every conversation keeps: no question asked twice, none whose
 * answer the person already gave, first answers short enough for a phone,
 * every reply with words in it and times with a real zone name.
 */
final class ConversationCheck {
    private final ConversationScript script;
    private final IntakeFixture.RecordingDesk desk;
    private final Set<String> asked = new HashSet<>();
    private final Set<String> known = new HashSet<>();

    ConversationCheck(ConversationScript script, IntakeFixture.RecordingDesk desk) {
        this.script = script;
        this.desk = desk;
    }

    void turn(ConversationScript.Turn turn, List<Reply> replies, int handoffsBefore) {
        if (Boolean.getBoolean("doorway.transcripts")) {
            System.out.println((turn.click() ? "you clicked> " : "you> ") + turn.said() + "\n" + render(replies));
        }
        String where = script.file() + ":" + turn.line() + " (" + script.name() + ") after '" + turn.said()
                + "'\n" + render(replies);
        assertThat(replies).as(where).isNotEmpty();
        for (Reply reply : replies) {
            assertThat(text(reply).strip()).as(where).isNotEmpty().doesNotContain("(BT)");
            if (reply instanceof Reply.Choice choice) {
                assertThat(asked.add(choice.prompt())).as(where + "\nasked again: " + choice.prompt()).isTrue();
                neverAskedWhatIsKnown(choice.prompt(), where);
            }
            if (reply instanceof Reply.Suggestions suggestions && isFirstAnswer(suggestions)) {
                assertThat(proseWords(suggestions)).as(where + "\nwords in a first answer")
                        .isLessThanOrEqualTo(ConversationScriptsTest.MAX_FIRST_ANSWER_WORDS);
                assertThat(suggestions.items()).as(where).allMatch(item -> item.guides().isEmpty()
                        && item.caseStudy().isEmpty());
            }
        }
        remember(turn);
        for (String expectation : turn.expectations()) {
            expect(expectation, replies, where, handoffsBefore);
        }
    }

    private void remember(ConversationScript.Turn turn) {
        if (turn.click()) {
            return;
        }
        String lower = SlotExtractor.normalise(turn.said());
        if (CohortSize.in(lower).isPresent()) {
            known.add("size");
        }
        if (ModeWords.in(lower).isPresent()) {
            known.add("mode");
        }
        if (WhenWords.in(lower).isPresent()) {
            known.add("when");
        }
        if (ConfidenceWords.in(lower).isPresent()) {
            known.add("confidence");
        }
    }

    private void neverAskedWhatIsKnown(String prompt, String where) {
        String question = prompt.contains("how many students") ? "size" : prompt.contains("online or hybrid")
                ? "mode" : prompt.startsWith("When do you need") ? "when" : prompt.contains("trying new technology")
                ? "confidence" : null;
        assertThat(question == null || !known.contains(question))
                .as(where + "\nasked '" + prompt + "' though the answer was already given").isTrue();
    }

    private void expect(String expectation, List<Reply> replies, String where, int handoffsBefore) {
        String[] parts = expectation.split(":", 2);
        String kind = parts[0].strip();
        String value = parts.length > 1 ? parts[1].strip() : "";
        String all = render(replies).toLowerCase(Locale.ROOT);
        switch (kind) {
            case "says" -> assertThat(all).as(where).contains(value.toLowerCase(Locale.ROOT));
            case "not" -> assertThat(all).as(where).doesNotContain(value.toLowerCase(Locale.ROOT));
            case "asks" -> assertThat(replies).as(where).anySatisfy(reply -> assertThat(reply)
                    .isInstanceOfSatisfying(Reply.Choice.class, choice -> assertThat(choice.prompt().toLowerCase(
                            Locale.ROOT)).contains(value.toLowerCase(Locale.ROOT))));
            case "no question" -> assertThat(replies).as(where).noneMatch(reply -> reply instanceof Reply.Choice);
            case "no menu" -> assertThat(options(replies)).as(where).isEmpty();
            case "tools" -> {
                List<String> names = suggestions(replies).stream().flatMap(reply -> reply.items().stream())
                        .map(Suggestion::name).toList();
                assertThat(names).as(where).isNotEmpty();
                if (!value.isEmpty()) {
                    assertThat(names).as(where).contains(value.split("\\s*,\\s*"));
                }
            }
            case "no tools" -> assertThat(suggestions(replies)).as(where).isEmpty();
            case "first tool" -> assertThat(suggestions(replies)).as(where).isNotEmpty().first()
                    .satisfies(reply -> assertThat(reply.items().get(0).name()).isEqualTo(value));
            case "not tool" -> assertThat(suggestions(replies).stream().flatMap(reply -> reply.items().stream())
                    .map(Suggestion::name)).as(where).doesNotContain(value);
            case "need" -> assertThat(suggestions(replies)).as(where).isNotEmpty()
                    .allSatisfy(reply -> assertThat(reply.needName()).isEqualTo(value));
            case "closest" -> assertThat(replies).as(where).anyMatch(reply -> reply instanceof Reply.Choice choice
                    && choice.prompt().equals(Texts.CLOSEST));
            case "handoff" -> {
                assertThat(replies).as(where).anyMatch(reply -> reply instanceof Reply.HandoffNotice);
                assertThat(desk.requests).as(where).hasSizeGreaterThan(handoffsBefore);
            }
            case "no handoff" -> assertThat(desk.requests).as(where).hasSize(handoffsBefore);
            case "fault handoff" -> assertThat(lastRequest(where).kind()).as(where)
                    .isEqualTo(HandoffRequest.Kind.FAULT);
            case "urgent" -> assertThat(lastRequest(where).summary()).as(where)
                    .anyMatch(field -> field.label().equals("Priority"));
            case "fact" -> {
                String[] fact = value.split("=", 2);
                assertThat(lastRequest(where).summary()).as(where).anyMatch(field -> field.label().equals(
                        fact[0].strip()) && field.value().toLowerCase(Locale.ROOT).contains(
                        fact[1].strip().toLowerCase(Locale.ROOT)));
            }
            case "new request" -> assertThat(all).as(where).contains("starting a new request about");
            case "not new request" -> assertThat(all).as(where).doesNotContain("starting a new request");
            case "replies" -> assertThat(replies).as(where).hasSize(Integer.parseInt(value));
            default -> throw new AssertionError(where + ": unknown expectation '" + expectation + "'");
        }
    }

    private HandoffRequest lastRequest(String where) {
        assertThat(desk.requests).as(where + "\nno handoff was requested").isNotEmpty();
        return desk.requests.get(desk.requests.size() - 1);
    }

    /** A page of tools: "Show guides", and "More about" each tool on it (details offer only the others). */
    private static boolean isFirstAnswer(Reply.Suggestions suggestions) {
        List<String> ids = suggestions.actions().stream().map(option -> option.id()).toList();
        return ids.contains(OptionIds.GUIDES) && suggestions.items().stream()
                .allMatch(item -> ids.contains(OptionIds.DETAILS + item.toolId()));
    }

    /** Words a person reads in a first answer: the intro and each tool's line (name and reason). */
    static int proseWords(Reply.Suggestions suggestions) {
        StringBuilder words = new StringBuilder(suggestions.intro());
        suggestions.items().forEach(item -> words.append(' ').append(item.name()).append(' ').append(item.why())
                .append(' ').append(item.support().label()));
        return words.toString().strip().split("\\s+").length;
    }

    private static List<Reply.Suggestions> suggestions(List<Reply> replies) {
        return replies.stream().filter(Reply.Suggestions.class::isInstance).map(Reply.Suggestions.class::cast)
                .toList();
    }

    static List<Option> options(List<Reply> replies) {
        List<Option> options = new ArrayList<>();
        for (Reply reply : replies) {
            if (reply instanceof Reply.Text text) {
                options.addAll(text.options());
            } else if (reply instanceof Reply.Suggestions suggestions) {
                options.addAll(suggestions.actions());
            } else if (reply instanceof Reply.Choice choice) {
                options.addAll(choice.options());
            }
        }
        return options;
    }

    static String render(List<Reply> replies) {
        StringBuilder out = new StringBuilder();
        replies.forEach(reply -> out.append("  doorway> ").append(text(reply)).append('\n'));
        return out.toString();
    }

    static String text(Reply reply) {
        if (reply instanceof Reply.Text text) {
            return text.text() + labels(text.options());
        }
        if (reply instanceof Reply.Suggestions suggestions) {
            StringBuilder out = new StringBuilder(suggestions.intro());
            suggestions.items().forEach(item -> out.append("\n    * ").append(item.name()).append(" (")
                    .append(item.support().label()).append("): ").append(item.why()));
            return out + labels(suggestions.actions());
        }
        if (reply instanceof Reply.Choice choice) {
            return choice.prompt() + labels(choice.options());
        }
        if (reply instanceof Reply.HandoffNotice notice) {
            return notice.text();
        }
        return reply.toString();
    }

    private static String labels(List<Option> options) {
        return options.isEmpty() ? "" : "\n    " + String.join(" | ", options.stream().map(Option::label).toList());
    }
}
