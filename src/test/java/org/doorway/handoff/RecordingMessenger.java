package org.doorway.handoff;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;

/** A fake of the messenger port that keeps what would have been sent. Thread-safe. */
public final class RecordingMessenger implements HandoffMessenger {
    public record Thread(long handoffId, String technologistId, Reply.HandoffSummary summary) {}

    public record StaffMessage(ConversationKey staff, Reply reply) {}

    public record TeamPost(String channel, Reply.HandoffSummary summary) {}

    public final List<Thread> threads = new CopyOnWriteArrayList<>();
    public final List<StaffMessage> staffMessages = new CopyOnWriteArrayList<>();
    public final List<TeamPost> teamPosts = new CopyOnWriteArrayList<>();

    @Override
    public Optional<String> openThread(Handoff handoff, Technologist technologist, Reply.HandoffSummary summary) {
        threads.add(new Thread(handoff.id(), technologist.id(), summary));
        return technologist.chatId("teams").map(upn -> "https://teams.microsoft.com/l/chat/0/0?users=" + upn);
    }

    @Override
    public void tellStaff(ConversationKey staff, Reply reply) {
        staffMessages.add(new StaffMessage(staff, reply));
    }

    @Override
    public void postToTeamChannel(String channel, Reply.HandoffSummary summary) {
        teamPosts.add(new TeamPost(channel, summary));
    }

    public final List<HandoffCards> refreshes = new CopyOnWriteArrayList<>();

    @Override
    public void refresh(HandoffCards cards) {
        refreshes.add(cards);
    }

    public List<String> threadTechnologists() {
        return threads.stream().map(Thread::technologistId).toList();
    }

    public List<String> staffTexts() {
        return staffMessages.stream().map(message -> message.reply() instanceof Reply.HandoffNotice notice
                ? notice.text() : ((Reply.Text) message.reply()).text()).toList();
    }
}
