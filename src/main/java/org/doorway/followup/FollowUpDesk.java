package org.doorway.followup;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.doorway.conversation.Answer;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.OptionOwner;

/**
 * The follow-up's side of the conversation: the clicks on its options, the
 * comment after an outcome, "forget my stories", and "talk to a colleague"
 * under suggestions. Answers to one's own follow-up are once per message;
 * "talk to a colleague" sits on suggestions and counts every click. Thread-safe.
 */
public final class FollowUpDesk implements OptionOwner {
    /** "/doorway privacy" in Slack, "privacy" typed in Teams or a terminal: what they agreed to, one click to withdraw. */
    private static final Pattern PRIVACY = Pattern.compile(
            "^/?(doorway )?(privacy|my privacy|privacy settings|my consents?|what have i (shared|agreed to))\\W*$");
    private static final Pattern FORGET = Pattern.compile(
            "^(please )?(forget|withdraw|delete|remove) (all )?my (stories|story|case stud(y|ies))\\W*$");

    private final FollowUps followUps;
    private final CaseStudyDrafts stories;
    private final OutcomeClicks outcomes;
    private final ColleagueClicks colleagues;
    private final FollowUpTexts texts;
    private final Clock clock;

    public FollowUpDesk(FollowUps followUps, CaseStudyDrafts stories, ColleagueIntros intros,
            Introductions introductions, PersonMessages messages, RequestLog log, FollowUpTexts texts,
            StaffDepartments departments, Clock clock) {
        this.followUps = followUps;
        this.stories = stories;
        this.outcomes = new OutcomeClicks(followUps, new StoryDrafter(stories, departments, texts), log, texts, clock);
        this.colleagues = new ColleagueClicks(stories, intros, introductions, messages, clock);
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return FollowUpOptions.PREFIX;
    }

    @Override
    public Option.Click clickOf(String optionId) {
        return FollowUpOptions.colleague(optionId) ? new Option.Click.EveryPerson(Optional.empty()) : Option.Click.ONCE;
    }

    @Override
    public Answer press(ConversationKey who, String optionId, String note) {
        return press(new Inbound.Action(who, "", optionId, note));
    }

    @Override
    public Answer press(Inbound.Action action) {
        return new Answer.Replies(answer(action));
    }

    private List<Reply> answer(Inbound.Action action) {
        Optional<FollowUpOptions.Clicked> parsed = FollowUpOptions.parse(action.optionId());
        if (parsed.isEmpty()) {
            return List.of(texts.alreadyAnswered());
        }
        FollowUpOptions.Clicked clicked = parsed.get();
        if (clicked.kind().equals(FollowUpOptions.FORGET)) {
            return List.of(forget(action.key()));
        }
        if (clicked.kind().equals("colleague")) {
            return List.of(colleagues.ask(action.key(), action.userName(), clicked.id()));
        }
        if (clicked.kind().equals("intro")) {
            return List.of(colleagues.answer(action.key(), clicked.id(), clicked.answer().equals("yes")));
        }
        Optional<FollowUp> followUp = followUps.find(clicked.id())
                .filter(found -> found.subject().who().user().equals(action.key().user()));
        if (followUp.isEmpty()) {
            return List.of(texts.alreadyAnswered());
        }
        return switch (clicked.kind()) {
            case "outcome" -> Outcome.parse(clicked.answer()).map(outcome -> outcomes.outcome(followUp.get(), outcome))
                    .orElse(List.of(texts.alreadyAnswered()));
            case "story" -> StoryConsent.parse(clicked.answer())
                    .map(consent -> outcomes.story(followUp.get(), consent, action.userName()))
                    .orElse(List.of(texts.alreadyAnswered()));
            case "contact" -> outcomes.contact(followUp.get(), clicked.answer().equals("yes"));
            default -> List.of(texts.alreadyAnswered());
        };
    }

    @Override
    public List<Option> under(Reply.Suggestions suggestions) {
        return colleagues.under(suggestions);
    }

    @Override
    public Optional<Reply> said(ConversationKey who, String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (FORGET.matcher(lower).matches()) {
            return Optional.of(forget(who));
        }
        if (PRIVACY.matcher(lower).matches()) {
            return Optional.of(texts.consents(followUps.consents(who.platform(), who.user())));
        }
        return outcomes.comment(who.platform(), who.user(), text);
    }

    /** Withdraws both consents and every story of this person at once. */
    public Reply forget(ConversationKey who) {
        int consents = followUps.withdraw(who.platform(), who.user(), clock.instant());
        int withdrawn = stories.withdraw(who.platform(), who.user(), clock.instant());
        return texts.forgotten(consents + withdrawn);
    }
}
