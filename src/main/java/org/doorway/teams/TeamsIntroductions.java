package org.doorway.teams;

import java.util.List;
import java.util.Optional;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.followup.Introductions;
import org.doorway.outbox.Outbox;

/**
 * Introduces two colleagues in Teams. A bot cannot open a chat between two
 * people, so each gets a link that opens one
 * ({@code https://teams.microsoft.com/l/chat/0/0?users=UPN1,UPN2&message=…}),
 * a hello ready to send. The link needs both sign-in names, which no activity
 * carries: when the author is asked, each name not yet known is looked up in
 * the conversation's roster through the outbox ({@link MemberLookups}), so it
 * is there by the time they answer. A name still unknown then (the look-up
 * failed, or the author answered within the moment it takes) gives
 * {@link Introduced.Unreachable}: no link that would not work.
 */
public final class TeamsIntroductions implements Introductions {
    static final String ASKER_HELLO = "Hello! Doorway put us in touch: I'd love to hear how you made it work.";
    static final String AUTHOR_HELLO = "Hello! Doorway tells me you'd like a word about what I shared. Happy to help.";

    private final SignInNames names;
    private final ConversationReferences references;
    private final Outbox outbox;

    public TeamsIntroductions(SignInNames names, ConversationReferences references, Outbox outbox) {
        this.names = names;
        this.references = references;
        this.outbox = outbox;
    }

    @Override
    public void prepare(ConversationKey asker, ConversationKey author) {
        for (ConversationKey person : List.of(asker, author)) {
            if (names.of(person.user()).isEmpty()) {
                lookUp(person);
            }
        }
    }

    @Override
    public Introduced introduce(ConversationKey asker, ConversationKey author, Reply intro) {
        Optional<String> askerName = names.of(asker.user());
        Optional<String> authorName = names.of(author.user());
        if (askerName.isEmpty() || authorName.isEmpty()) {
            return new Introduced.Unreachable();
        }
        List<String> both = List.of(askerName.get(), authorName.get());
        return new Introduced.Links(TeamsChatLink.between(both, ASKER_HELLO),
                TeamsChatLink.between(both, AUTHOR_HELLO));
    }

    /**
     * Asks the roster of the person's 1:1 chat with Doorway (else of the conversation they wrote in), by their
     * Teams user id where that chat has it, else by their object id: Teams takes either.
     */
    private void lookUp(ConversationKey person) {
        references.personalChatWith(person.user()).or(() -> references.find(person.conversation()))
                .ifPresent(reference -> {
                    boolean theirs = reference.personal() && person.user().equals(reference.userAadId())
                            && !reference.userId().isEmpty();
                    boolean userId = person.user().startsWith("29:");
                    MemberLookups.enqueue(outbox, new MemberLookups.Lookup(reference.serviceUrl(),
                            reference.conversationId(), theirs ? reference.userId() : person.user(),
                            userId ? "" : person.user()));
                });
    }
}
