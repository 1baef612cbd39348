package org.doorway.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorway.catalogue.CaseStudy;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Suggestion;

/**
 * "Talk to a colleague who has done this": offered under suggestions that
 * show a published story whose author agreed to be contacted; a click asks
 * the author first, and only their yes opens a chat between the two.
 */
final class ColleagueClicks {
    private final CaseStudyDrafts stories;
    private final ColleagueIntros intros;
    private final Introductions introductions;
    private final PersonMessages messages;
    private final Clock clock;

    ColleagueClicks(CaseStudyDrafts stories, ColleagueIntros intros, Introductions introductions,
            PersonMessages messages, Clock clock) {
        this.stories = stories;
        this.intros = intros;
        this.introductions = introductions;
        this.messages = messages;
        this.clock = clock;
    }

    List<Option> under(Reply.Suggestions suggestions) {
        return suggestions.items().stream().filter(item -> item.caseStudy().isPresent())
                .flatMap(item -> contactable(item).stream())
                .map(story -> FollowUpOptions.colleague(story.id(), "Talk to the colleague who used it"))
                .limit(1).toList();
    }

    private Optional<Story> contactable(Suggestion item) {
        CaseStudy shown = item.caseStudy().orElseThrow();
        return stories.published().stream().filter(story -> story.toolId().equals(item.toolId()))
                .filter(Story::contactable)
                .filter(story -> story.title().equals(shown.title()) && story.summary().equals(shown.summary()))
                .findFirst();
    }

    Reply ask(ConversationKey asker, String askerName, long storyId) {
        Instant now = clock.instant();
        Optional<Story> story = stories.find(storyId).filter(found -> found.state() == Story.State.PUBLISHED)
                .filter(Story::contactable);
        if (story.isEmpty() || story.get().authorKey().user().equals(asker.user())) {
            return Reply.Text.of("That colleague can't be contacted through me any more, sorry. A learning "
                    + "technologist can help instead: say \"talk to a person\".");
        }
        Optional<Long> intro = intros.ask(storyId, asker, askerName, now);
        if (intro.isEmpty()) {
            return Reply.Text.of("I've already asked your colleague; I'll open a chat if they're happy to talk.");
        }
        introductions.prepare(asker, story.get().authorKey());
        messages.tell(story.get().authorKey(), new Reply.Choice(displayName(askerName) + " is thinking of trying "
                + "what you shared (\"" + FollowUpTexts.gist(story.get().title(), 80) + "\") and would like a word. "
                + "Happy to chat? No is fine too: they won't be told who you are.", List.of(
                FollowUpOptions.intro(intro.get(), true, "Happy to chat"),
                FollowUpOptions.intro(intro.get(), false, "Not now"))));
        return Reply.Text.of("I've asked your colleague first. If they're happy to talk, I'll open a chat "
                + "between you.");
    }

    Reply answer(ConversationKey author, long introId, boolean agreed) {
        Instant now = clock.instant();
        Optional<ColleagueIntros.Intro> intro = intros.find(introId);
        if (intro.isEmpty() || !intros.answer(introId, agreed, now)) {
            return Reply.Text.of("Thanks, I already have your answer to that.");
        }
        ConversationKey asker = intro.get().asker();
        if (!agreed) {
            messages.tell(asker, Reply.Text.of("Your colleague can't chat just now. A learning technologist can "
                    + "help instead: say \"talk to a person\"."));
            return Reply.Text.of("No problem, I've let them know kindly.");
        }
        Introductions.Introduced done = introductions.introduce(asker, author, Reply.Text.of("Hello both! "
                + displayName(intro.get().askerName()) + " would like to hear how you made it work. I'll leave "
                + "you to it."));
        IntroductionNews news = IntroductionNews.of(done, displayName(intro.get().askerName()));
        messages.tell(asker, news.toAsker());
        return news.toAuthor();
    }

    private static String displayName(String name) {
        return name == null || name.isBlank() ? "A colleague" : FollowUpTexts.gist(name, 60);
    }
}
