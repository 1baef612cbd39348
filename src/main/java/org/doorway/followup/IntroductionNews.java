package org.doorway.followup;

import java.util.List;
import java.util.Optional;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;

/**
 * What the two colleagues are told once the author said yes, by how they
 * were put in touch: the asker in their chat with Doorway, the author in the
 * answer to their click. Where no chat could be set up, the asker is offered
 * a learning technologist instead, never a link that would not work.
 */
record IntroductionNews(Reply toAsker, Reply toAuthor) {

    static IntroductionNews of(Introductions.Introduced done, String askerName) {
        String asker = askerName.equals("A colleague") ? "your colleague" : askerName;
        if (done instanceof Introductions.Introduced.ChatOpened) {
            return new IntroductionNews(Reply.Text.of("Your colleague is happy to chat: I've started a chat between "
                    + "you."), Reply.Text.of("Thank you! I've started a chat between you."));
        }
        if (done instanceof Introductions.Introduced.Links links) {
            return new IntroductionNews(
                    new Reply.HandoffNotice("Your colleague is happy to chat. Here's a chat with them, with a hello "
                            + "ready to send.", Optional.of("your colleague"), Optional.of(links.forAsker())),
                    new Reply.HandoffNotice("Thank you! Here's a chat with " + asker + ", with a hello ready to "
                            + "send.", Optional.of(asker), Optional.of(links.forAuthor())));
        }
        if (done instanceof Introductions.Introduced.Unreachable) {
            return new IntroductionNews(new Reply.Choice("Your colleague is happy to chat, but I couldn't find the "
                    + "sign-in names I need to open a chat between you, sorry. A learning technologist "
                    + "can help instead.", List.of(Option.primary(FollowUpOptions.PERSON, "Talk to a technologist"))),
                    Reply.Text.of("Thank you! I couldn't open a chat between you this time, so I've offered them a "
                            + "learning technologist instead."));
        }
        return new IntroductionNews(Reply.Text.of("Your colleague is happy to chat and will get in touch with you."),
                Reply.Text.of("Thank you! Please drop them a line when you can."));
    }
}
