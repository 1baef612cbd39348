package org.doorway.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorway.conversation.Reply;
import org.doorway.needs.ScoredNeed;

/**
 * Everything the dialogue remembers about one conversation, saved after every
 * turn so that any instance can take the next message and a restart loses
 * nothing. {@code previous} is the request a long pause interrupted (one level
 * deep), so the person can go back to it.
 */
public record ConversationState(
        long requestId,
        Stage stage,
        String problem,
        String outcome,
        List<ScoredNeed> needs,
        String needId,
        TeachingAnswers answers,
        int offset,
        List<String> shownTools,
        List<String> reactions,
        List<Reply.Field> faultFacts,
        int unsureRounds,
        String handoffId,
        Instant lastActivity,
        ConversationState previous,
        Focus focus) {

    public ConversationState {
        needs = List.copyOf(needs);
        shownTools = List.copyOf(shownTools);
        reactions = List.copyOf(reactions);
        faultFacts = List.copyOf(faultFacts);
        answers = answers == null ? TeachingAnswers.none() : answers;
        focus = focus == null ? Focus.none() : focus;
    }

    public static ConversationState fresh(Instant now) {
        return new ConversationState(0, Stage.IDLE, null, null, List.of(), null, TeachingAnswers.none(), 0,
                List.of(), List.of(), List.of(), 0, null, now, null, Focus.none());
    }

    /** A new request for {@code problem}, remembering this one as the previous when it was under way. */
    public ConversationState newRequest(long id, String text, Instant now, boolean keepAsPrevious) {
        ConversationState earlier = keepAsPrevious && stage != Stage.IDLE ? withPrevious(null) : null;
        return new ConversationState(id, Stage.IDLE, text, null, List.of(), null, TeachingAnswers.none(), 0,
                List.of(), List.of(), List.of(), 0, null, now, earlier, Focus.none());
    }

    public ConversationState withStage(Stage next) {
        return new ConversationState(requestId, next, problem, outcome, needs, needId, answers, offset, shownTools,
                reactions, faultFacts, unsureRounds, handoffId, lastActivity, previous, focus);
    }

    public ConversationState classified(String newOutcome, List<ScoredNeed> ranked) {
        return new ConversationState(requestId, stage, problem, newOutcome, ranked, needId, answers, offset,
                shownTools, reactions, faultFacts, unsureRounds, handoffId, lastActivity, previous, focus);
    }

    public ConversationState withProblem(String text) {
        return new ConversationState(requestId, stage, text, outcome, needs, needId, answers, offset, shownTools,
                reactions, faultFacts, unsureRounds, handoffId, lastActivity, previous, focus);
    }

    public ConversationState withNeed(String id) {
        return new ConversationState(requestId, stage, problem, outcome, needs, id, answers, 0, List.of(),
                reactions, faultFacts, unsureRounds, handoffId, lastActivity, previous, focus);
    }

    public ConversationState withAnswers(TeachingAnswers next) {
        return new ConversationState(requestId, stage, problem, outcome, needs, needId, next, 0, shownTools,
                reactions, faultFacts, unsureRounds, handoffId, lastActivity, previous, focus);
    }

    public ConversationState shown(int newOffset, List<String> toolIds) {
        List<String> all = new ArrayList<>(shownTools);
        toolIds.stream().filter(id -> !all.contains(id)).forEach(all::add);
        return new ConversationState(requestId, stage, problem, outcome, needs, needId, answers, newOffset, all,
                reactions, faultFacts, unsureRounds, handoffId, lastActivity, previous, focus);
    }

    public ConversationState reacted(String reaction) {
        List<String> all = new ArrayList<>(reactions);
        all.add(reaction);
        return new ConversationState(requestId, stage, problem, outcome, needs, needId, answers, offset, shownTools,
                all, faultFacts, unsureRounds, handoffId, lastActivity, previous, focus);
    }

    public ConversationState withFaultFact(Reply.Field fact) {
        List<Reply.Field> all = new ArrayList<>(faultFacts);
        all.add(fact);
        return new ConversationState(requestId, stage, problem, outcome, needs, needId, answers, offset, shownTools,
                reactions, all, unsureRounds, handoffId, lastActivity, previous, focus);
    }

    public ConversationState unsureAgain() {
        return new ConversationState(requestId, stage, problem, outcome, needs, needId, answers, offset, shownTools,
                reactions, faultFacts, unsureRounds + 1, handoffId, lastActivity, previous, focus);
    }

    public ConversationState handedOff(String id) {
        return new ConversationState(requestId, Stage.HANDED_OFF, problem, outcome, needs, needId, answers, offset,
                shownTools, reactions, faultFacts, unsureRounds, id, lastActivity, previous, focus);
    }

    public ConversationState touched(Instant now) {
        return new ConversationState(requestId, stage, problem, outcome, needs, needId, answers, offset, shownTools,
                reactions, faultFacts, unsureRounds, handoffId, now, previous, focus);
    }

    /** This state with {@code next} as what it waits for and has in mind. */
    public ConversationState focused(Focus next) {
        return new ConversationState(requestId, stage, problem, outcome, needs, needId, answers, offset, shownTools,
                reactions, faultFacts, unsureRounds, handoffId, lastActivity, previous, next);
    }

    ConversationState asking(String question) {
        return focused(focus.asking(question));
    }

    public ConversationState withPrevious(ConversationState earlier) {
        return new ConversationState(requestId, stage, problem, outcome, needs, needId, answers, offset, shownTools,
                reactions, faultFacts, unsureRounds, handoffId, lastActivity, earlier, focus);
    }
}
