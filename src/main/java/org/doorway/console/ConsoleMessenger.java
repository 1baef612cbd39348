package org.doorway.console;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.HandoffCards;
import org.doorway.handoff.HandoffMessenger;
import org.doorway.handoff.Technologist;

/**
 * Handoff news for someone trying Doorway in a terminal: there is no chat
 * platform to open a thread on, so the terminal shows what the technologist
 * would receive. Every technologist on the roster counts as reachable.
 */
public final class ConsoleMessenger implements HandoffMessenger {
    private final ConsoleRenderer renderer = new ConsoleRenderer();
    private final PrintWriter out;

    public ConsoleMessenger(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Optional<String> openThread(Handoff handoff, Technologist technologist, Reply.HandoffSummary summary) {
        show("In Slack or Teams, " + technologist.name() + " would now get this, in a direct thread with you:",
                summary);
        return Optional.empty();
    }

    @Override
    public void tellStaff(ConversationKey staff, Reply reply) {
        show("Later, Doorway would tell you:", reply);
    }

    /** A message for another person (a colleague asked to talk): shown as what they would get, not as news for you. */
    public void tellSomeoneElse(ConversationKey who, Reply reply) {
        show("In Slack or Teams, " + who.user() + " would now get this:", reply);
    }

    @Override
    public void postToTeamChannel(String channel, Reply.HandoffSummary summary) {
        show("The team channel " + channel + " would get:", summary);
    }

    /** In a terminal nothing earlier can be rewritten: every step's own answer says what happened. */
    @Override
    public void refresh(HandoffCards cards) {
    }

    @Override
    public boolean reaches(Technologist technologist, String platform) {
        return true;
    }

    private void show(String heading, Reply reply) {
        List<org.doorway.conversation.Option> ignored = new ArrayList<>();
        out.println("  (" + heading + ")");
        renderer.render(reply, ignored).lines().forEach(line -> out.println("  | " + line));
        out.flush();
    }
}
