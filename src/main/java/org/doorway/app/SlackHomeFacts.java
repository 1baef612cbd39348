package org.doorway.app;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.doorway.catalogue.Catalogue;
import org.doorway.handoff.MyQueue;
import org.doorway.handoff.Roster;
import org.doorway.intake.Requests;
import org.doorway.slack.HomeFacts;
import org.doorway.slack.HomePage;
import org.doorway.slack.SlackReplies;

/**
 * The App Home's facts, gathered from the features that own them: a person's
 * recent requests (intake), a technologist's switch and queue (handoff's {@link MyQueue}, each
 * request with its buttons), the
 * catalogue's size for admins.
 */
final class SlackHomeFacts implements HomeFacts {
    private static final int LINES = 5;

    private final Requests requests;
    private final Roster roster;
    private final MyQueue queue;
    private final Supplier<Catalogue> catalogue;
    private final Set<String> admins;

    SlackHomeFacts(Requests requests, Roster roster, MyQueue queue, Supplier<Catalogue> catalogue,
            Set<String> admins) {
        this.requests = requests;
        this.roster = roster;
        this.queue = queue;
        this.catalogue = catalogue;
        this.admins = Set.copyOf(admins);
    }

    @Override
    public HomePage pageFor(String slackUserId) {
        List<HomePage.RequestLine> recent = requests.recent(SlackReplies.PLATFORM, slackUserId, LINES).stream()
                .map(request -> new HomePage.RequestLine(request.text(), request.status(), request.at()))
                .toList();
        Optional<HomePage.TechnologistPart> technologist = roster.findByChatId(SlackReplies.PLATFORM, slackUserId)
                .map(person -> new HomePage.TechnologistPart(person.available(),
                        queue.of(person.id()).stream()
                                .map(line -> queue.cardForTechnologist(line, person.id()))
                                .toList()));
        Optional<HomePage.AdminPart> admin = admins.contains(slackUserId) ? Optional.of(adminPart()) : Optional.empty();
        List<org.doorway.conversation.Reply.HandoffSummary> open = queue.requestsOf(
                org.doorway.conversation.ConversationKey.person(SlackReplies.PLATFORM, slackUserId)).stream()
                .map(queue::cardForStaff).toList();
        return new HomePage(recent, technologist, admin, open);
    }

    private HomePage.AdminPart adminPart() {
        Catalogue current = catalogue.get();
        int guides = current.tools().stream().mapToInt(tool -> tool.guides().size()).sum();
        return new HomePage.AdminPart(current.tools().size(), guides, "");
    }
}
