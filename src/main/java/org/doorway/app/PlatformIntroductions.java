package org.doorway.app;

import java.util.Map;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.followup.Introductions;

/**
 * Introduces colleagues through their platform's way, when both are on the
 * same platform and it has one; otherwise the author gets in touch
 * ({@link ToldIntroductions}).
 */
final class PlatformIntroductions implements Introductions {
    private final Map<String, Introductions> byPlatform;
    private final Introductions otherwise = new ToldIntroductions();

    PlatformIntroductions(Map<String, Introductions> byPlatform) {
        this.byPlatform = Map.copyOf(byPlatform);
    }

    @Override
    public void prepare(ConversationKey asker, ConversationKey author) {
        between(asker, author).prepare(asker, author);
    }

    @Override
    public Introduced introduce(ConversationKey asker, ConversationKey author, Reply intro) {
        return between(asker, author).introduce(asker, author, intro);
    }

    private Introductions between(ConversationKey asker, ConversationKey author) {
        return asker.platform().equals(author.platform())
                ? byPlatform.getOrDefault(asker.platform(), otherwise) : otherwise;
    }
}
