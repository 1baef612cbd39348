package org.doorway.slack;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.QueueWatch;
import org.doorway.handoff.Technologist;

/**
 * Keeps App Homes in step with the handoffs they list: when one changes, the
 * homes of its Slack staff member and of the technologists it concerns are
 * republished through the outbox, in the change's unit of work, so the
 * refresh is sent once it commits, once, and survives a restart. The view
 * itself is read at delivery, so it shows the latest state.
 */
public final class SlackHomes implements QueueWatch {
    private final SlackReplies replies;
    public SlackHomes(SlackReplies replies) {
        this.replies = replies;
    }

    @Override
    public void changed(Handoff handoff, List<Technologist> technologists) {
        Set<String> users = new LinkedHashSet<>();
        if (handoff.request().staff().platform().equals(SlackReplies.PLATFORM)) {
            users.add(handoff.request().staff().user());
        }
        technologists.forEach(person -> person.chatId(SlackReplies.PLATFORM).ifPresent(users::add));
        users.forEach(replies::refreshHome);
    }
}
