package org.doorway.teams;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorway.catalogue.CaseStudy;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.GuideFormat;
import org.doorway.catalogue.SupportStatus;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Suggestion;

/** One realistic example of every kind of {@link Reply}, for renderer and adapter tests. */
public final class ReplyFixture {
    public static final String HOSTILE = "[click me](https://evil.example) <at>Everyone</at> **now** _x_ `code` # h";

    private ReplyFixture() {}

    public static Map<Class<?>, Reply> everyKind() {
        return Map.of(
                Reply.Text.class, text(),
                Reply.Choice.class, choice(),
                Reply.Suggestions.class, suggestions(),
                Reply.HandoffNotice.class, notice(),
                Reply.HandoffSummary.class, summary(),
                Reply.Listing.class, listing());
    }

    public static Reply.Text text() {
        return new Reply.Text("You said: " + HOSTILE, List.of(Option.of("talk", "Talk to a person")));
    }

    public static Reply.Choice choice() {
        return new Reply.Choice("Which is closest?", List.of(Option.primary("need:feedback", "Feedback at scale"),
                Option.of("need:engagement", "Engagement in lectures"), Option.of("other", "Something else")));
    }

    public static Reply.Suggestions suggestions() {
        Suggestion padlet = new Suggestion("padlet", "Padlet", "Shared online walls", "https://padlet.com",
                "Students post answers anonymously in class", SupportStatus.SUPPORTED, "Digital Education",
                List.of(new Guide("Padlet in 5 minutes", GuideFormat.ONE_PAGE, "https://guides.example.ac.uk/padlet.pdf",
                                List.of()),
                        new Guide("Live walls", GuideFormat.WEBINAR, "https://events.example.ac.uk/padlet",
                                List.of(LocalDate.of(2026, 3, 12))),
                        new Guide("Sneaky", GuideFormat.VIDEO, "javascript:alert(1)", List.of())),
                Optional.of(new CaseStudy("Walls in first-year law", "400 students, weekly", "Dr Ada",
                        List.of("engagement"), "https://stories.example.ac.uk/law")));
        Suggestion mentimeter = new Suggestion("menti", "Mentimeter", "Live polls", "ftp://not-a-link",
                "Quick polls", SupportStatus.PILOT, null, List.of(), Optional.empty());
        return new Reply.Suggestions("Engagement in large lectures", "Three tools colleagues use:",
                List.of(padlet, mentimeter), List.of(Option.primary("looks-right", "This looks right"),
                        Option.of("talk", "Talk to a technologist"), Option.of("more", "Show other options")));
    }

    public static Reply.HandoffNotice notice() {
        return new Reply.HandoffNotice("Sam will pick this up.", Optional.of("Sam Tech"),
                Optional.of("https://teams.microsoft.com/l/chat/0/0?users=sam@example.ac.uk"));
    }

    public static Reply.Listing listing() {
        return new Reply.Listing("Your queue: " + HOSTILE, List.of(summary(), summary()));
    }

    public static Reply.HandoffSummary summary() {
        return new Reply.HandoffSummary("h-42", "Engagement in lectures", "Dr Ada",
                List.of(new Reply.Field("Problem", HOSTILE), new Reply.Field("Cohort", "400")),
                List.of(Option.primary("handoff:h-42:take", "I've got this"), Option.of("handoff:h-42:pass", "Pass"),
                        Option.of("handoff:h-42:resolved", "Resolved")));
    }
}
