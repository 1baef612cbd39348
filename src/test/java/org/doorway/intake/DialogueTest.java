package org.doorway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Suggestion;
import org.doorway.handoff.Availability;
import org.doorway.handoff.HandoffRequest;
import org.doorway.handoff.HandoffTicket;
import org.doorway.needs.Classification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialogueTest {
    @TempDir
    Path folder;
    IntakeFixture fixture;
    Dialogue dialogue;

    @BeforeEach
    void setUp() {
        fixture = new IntakeFixture(folder);
        fixture.script.put("silence", new Classification.Matched(
                IntakeFixture.ranked("live-engagement", "formative-quiz", "peer-assessment"), 0.9));
        fixture.script.put("broken", new Classification.Fault(
                IntakeFixture.ranked("formative-quiz", "live-engagement", "peer-assessment"), 0.95));
        fixture.script.put("payslip", new Classification.OutOfScope(
                IntakeFixture.ranked("live-engagement", "formative-quiz", "peer-assessment"), 0.9));
        dialogue = fixture.dialogue();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void confidentProblem_getsThreeShortToolLinesAtOnceThenOnlyTheQuestionsNotAnsweredYet() {
        List<Reply> replies = fixture.say(dialogue, "350 first-years and silence when I ask a question");

        Reply.Suggestions suggestions = (Reply.Suggestions) replies.get(0);
        assertThat(suggestions.items()).extracting(Suggestion::name)
                .containsExactly("Mentimeter", "Vevox", "Wooclap");
        assertThat(suggestions.items().get(0).why()).isEqualTo("How Mentimeter helps.");
        assertThat(suggestions.items().get(0).guides()).isEmpty();
        assertThat(suggestions.items().get(0).caseStudy()).isEmpty();
        assertThat(suggestions.actions()).extracting(Option::id).containsExactly("right", "about:mentimeter",
                "about:vevox", "about:wooclap", "guides", "person", "more");
        assertThat(suggestions.intro()).contains("about 350 students").contains("available now");
        assertThat(((Reply.Choice) replies.get(1)).prompt()).isEqualTo("In the room, online or hybrid?");
    }

    @Test
    void showGuides_andMoreAboutATool_giveTheDetailsBehindTheShortAnswer() {
        fixture.say(dialogue, "silence in lectures");
        Reply.Suggestions guides = (Reply.Suggestions) fixture.click(dialogue, "guides").get(0);
        assertThat(guides.items()).extracting(Suggestion::name).containsExactly("Mentimeter", "Vevox", "Wooclap");
        assertThat(guides.items().get(0).caseStudy()).isPresent();
        assertThat(guides.items().get(0).guides()).filteredOn(guide -> !guide.dates().isEmpty())
                .singleElement().satisfies(webinar -> assertThat(webinar.dates()).hasSize(1));

        Reply.Suggestions details = (Reply.Suggestions) fixture.say(dialogue, "the second one").get(0);
        assertThat(details.items()).extracting(Suggestion::name).containsExactly("Vevox");
        assertThat(details.intro()).contains("Approved for use here").contains("Cost to students: Free");
    }

    @Test
    void refinements_reRankTheSuggestionsOrSayWhyNot() {
        fixture.say(dialogue, "silence in lectures");
        Reply.Text same = (Reply.Text) fixture.click(dialogue, "refine:size:huge").get(0);
        assertThat(same.text()).isEqualTo("Noted: Over 300 students. The same tools still fit best: they all suit "
                + "a class that size.");

        Reply.Suggestions tailored = (Reply.Suggestions) fixture.say(dialogue, "actually just 3 students").get(0);
        assertThat(tailored.intro()).startsWith("Tailored for about 3 students: Kahoot! is new to the list; "
                + "Wooclap dropped out.");
        assertThat(tailored.items()).extracting(Suggestion::name).containsExactly("Kahoot!", "Mentimeter", "Vevox");
    }

    @Test
    void showOtherOptions_pagesOnThenSaysWhenThereAreNoMore() {
        fixture.say(dialogue, "silence");
        Reply.Suggestions more = (Reply.Suggestions) fixture.click(dialogue, "more").get(0);
        assertThat(more.items()).extracting(Suggestion::name).containsExactly("Kahoot!");
        Reply.Text none = (Reply.Text) fixture.click(dialogue, "more").get(0);
        assertThat(none.text()).isEqualTo(Texts.NO_MORE);
        assertThat(none.options()).extracting(Option::id).containsExactly("person");
    }

    @Test
    void unsureProblem_asksWhichIsClosestWithSomethingBrokenAndAWayToAPerson() {
        List<Reply> replies = fixture.say(dialogue, "something about my module");

        Reply.Choice choice = (Reply.Choice) replies.get(0);
        assertThat(choice.prompt()).isEqualTo(Texts.CLOSEST);
        assertThat(choice.options()).extracting(Option::id).containsExactly("need:live-engagement",
                "need:formative-quiz", "need:peer-assessment", "fault:broken", "person");
        assertThat(choice.options()).extracting(Option::label).contains("Something's broken", "Talk to a person");
        Reply.Suggestions chosen = (Reply.Suggestions) fixture.click(dialogue, "need:formative-quiz").get(0);
        assertThat(chosen.items()).extracting(Suggestion::name).containsExactly("Moodle Quiz");
    }

    @Test
    void unsureProblem_somethingsBrokenChosen_asksTheFaultQuestionsWithoutTools() {
        fixture.say(dialogue, "something about my module");

        List<Reply> replies = fixture.click(dialogue, "fault:broken");

        assertThat(replies).noneMatch(reply -> reply instanceof Reply.Suggestions);
        assertThat(replies).anyMatch(reply -> reply instanceof Reply.Choice choice
                && choice.options().stream().anyMatch(option -> option.id().equals("fault:now")));
    }

    @Test
    void fault_getsNoToolsButQuestionsThenAFaultHandoffWithTheFacts() {
        List<Reply> first = fixture.say(dialogue, "Moodle Quiz is broken for my students");
        assertThat(first).noneMatch(reply -> reply instanceof Reply.Suggestions);
        assertThat(((Reply.Text) first.get(0)).text()).startsWith(Texts.FAULT_NOTED + "Noted: Moodle Quiz.");
        assertThat(((Reply.Choice) first.get(1)).prompt()).startsWith("What exactly happens");

        fixture.say(dialogue, "Error 500 when they press submit");
        fixture.click(dialogue, "fault:a:Today");
        fixture.click(dialogue, "fault:skip");
        List<Reply> last = fixture.click(dialogue, "fault:a:Yes, within 48 hours");

        assertThat(last).singleElement().isInstanceOf(Reply.HandoffNotice.class);
        HandoffRequest request = fixture.desk.requests.get(0);
        assertThat(request.kind()).isEqualTo(HandoffRequest.Kind.FAULT);
        assertThat(request.toolIds()).containsExactly("moodle-quiz");
        assertThat(request.summary()).extracting(Reply.Field::value)
                .contains("Moodle Quiz", "Error 500 when they press submit", "Today", "(skipped)",
                        "Yes, within 48 hours", "Something broken (a fault)");
    }

    @Test
    void talkToAPerson_atAnyPoint_handsOffWithEverythingSaid() {
        fixture.say(dialogue, "silence when I ask the room");
        fixture.click(dialogue, "refine:size:large");
        fixture.click(dialogue, "more");
        List<Reply> replies = fixture.say(dialogue, "can I speak to a learning technologist?");

        Reply.HandoffNotice notice = (Reply.HandoffNotice) replies.get(0);
        assertThat(notice.technologistName()).contains("Alex Rivera");
        HandoffRequest request = fixture.desk.requests.get(0);
        assertThat(request.kind()).isEqualTo(HandoffRequest.Kind.TEACHING);
        assertThat(request.problem()).isEqualTo("silence when I ask the room");
        assertThat(request.needIds()).containsExactly("live-engagement");
        assertThat(request.summary()).extracting(Reply.Field::label)
                .contains("In their words", "What Doorway made of it", "About their teaching",
                        "Tools already suggested", "Their reactions");
        assertThat(request.summary()).extracting(Reply.Field::value)
                .contains("Mentimeter, Vevox, Wooclap, Kahoot!", "asked for other options");
    }

    @Test
    void askingForAPersonFirst_asksWhatItIsAboutThenHandsOff() {
        assertThat(((Reply.Text) fixture.say(dialogue, "human please").get(0)).text())
                .isEqualTo(Texts.ASK_PROBLEM_FOR_PERSON);
        List<Reply> replies = fixture.say(dialogue, "I need help designing a group project");
        assertThat(replies).singleElement().isInstanceOf(Reply.HandoffNotice.class);
        assertThat(fixture.desk.requests.get(0).problem()).isEqualTo("I need help designing a group project");
    }

    @Test
    void nobodyAvailable_saysHonestlyWhenSomeoneWillBe() {
        Instant monday = Instant.parse("2026-11-30T09:00:00Z");
        fixture.desk.availability = new Availability(false, Optional.of(monday));
        fixture.desk.ticket = new HandoffTicket.Queued("h2", Optional.of(monday));

        Reply.Suggestions suggestions = (Reply.Suggestions) fixture.say(dialogue, "silence").get(0);
        assertThat(suggestions.intro()).contains("the next one is on Monday 30 November at 09:00");
        Reply.HandoffNotice notice = (Reply.HandoffNotice) fixture.click(dialogue, "person").get(0);
        assertThat(notice.text()).startsWith("Nobody is on duty right now")
                .contains("Monday 30 November at 09:00").contains("automatically");
    }

    @Test
    void outOfScope_getsAKindPointerElsewhere() {
        Reply.Text reply = (Reply.Text) fixture.say(dialogue, "my payslip is wrong").get(0);
        assertThat(reply.text()).startsWith("That's one for HR.");
        assertThat(reply.options()).extracting(Option::id).containsExactly("scope:teaching");
        assertThat(fixture.click(dialogue, "scope:teaching").get(0)).isInstanceOf(Reply.Choice.class);
    }

    @Test
    void restartMidDialogue_losesNothing() {
        fixture.say(dialogue, "Moodle Quiz is broken");
        Dialogue afterRestart = fixture.dialogue();
        List<Reply> replies = fixture.say(afterRestart, "Students see a blank page");
        assertThat(((Reply.Choice) replies.get(0)).prompt()).isEqualTo("Since when?");
    }

    @Test
    void longPause_startsANewRequestAndOffersTheOldOne() {
        fixture.say(dialogue, "Moodle Quiz is broken");
        fixture.clock.advance(Duration.ofDays(2));
        List<Reply> replies = fixture.say(dialogue, "silence in my seminars");
        assertThat(replies.get(0)).isInstanceOf(Reply.Suggestions.class);
        Reply.Text offer = (Reply.Text) replies.get(replies.size() - 1);
        assertThat(offer.text()).contains("\"Moodle Quiz is broken\"");

        List<Reply> resumed = fixture.click(dialogue, "resume");
        assertThat(((Reply.Text) resumed.get(0)).text()).startsWith("Back to your earlier request");
        Reply.Choice question = (Reply.Choice) resumed.get(1);
        assertThat(question.prompt()).startsWith("What exactly happens");
        assertThat(question.options()).extracting(Option::id).contains("fault:skip", "fault:now");
    }

    @Test
    void staleButton_getsAGentleWordAndChangesNothing() {
        assertThat(((Reply.Text) fixture.click(dialogue, "more").get(0)).text()).isEqualTo(Texts.STALE);
        fixture.say(dialogue, "silence");
        assertThat(((Reply.Text) fixture.click(dialogue, "fault:skip").get(0)).text()).isEqualTo(Texts.STALE);
    }

    @Test
    void looksRight_isRecordedForReports() {
        fixture.say(dialogue, "silence");
        fixture.click(dialogue, "right");
        String status = fixture.database.withHandle(handle -> handle
                .createQuery("SELECT status FROM requests").mapTo(String.class).one());
        List<String> kinds = fixture.database.withHandle(handle -> handle
                .createQuery("SELECT kind FROM request_events ORDER BY id").mapTo(String.class).list());
        assertThat(status).isEqualTo("chosen");
        assertThat(kinds).containsExactly("suggested", "reaction");
    }

    @Test
    void helpAndStartOver_workAtAnyPoint() {
        fixture.say(dialogue, "Moodle Quiz is broken");
        assertThat(((Reply.Text) fixture.say(dialogue, "help").get(0)).text()).isEqualTo(Texts.HELP);
        assertThat(((Reply.Text) fixture.say(dialogue, "start over").get(0)).text()).isEqualTo(Texts.RESTARTED);
        assertThat(fixture.say(dialogue, "silence").get(0)).isInstanceOf(Reply.Suggestions.class);
    }

    @Test
    void veryLongText_isCutAndSaysSo() {
        List<Reply> replies = fixture.say(dialogue, "silence " + "a".repeat(5_000));
        assertThat(((Reply.Text) replies.get(0)).text()).contains("first 2000 characters");
    }

    @Test
    void teachingProblemMentioningTalkingToSomeone_isNotAHandoff() {
        assertThat(Commands.recognise("My students need to talk to someone from industry in breakout rooms "
                + "during the online seminar, how do I set that up?")).isEqualTo(Commands.Command.NONE);
        assertThat(Commands.recognise("talk to a person")).isEqualTo(Commands.Command.PERSON);
        assertThat(Commands.recognise("human please")).isEqualTo(Commands.Command.PERSON);
        assertThat(Commands.recognise("Can I speak to a learning technologist?")).isEqualTo(Commands.Command.PERSON);
    }
}
