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
    public Introduced introduce(ConversationKey asker, ConversationKey author, Reply intro) {
        Introductions introductions = asker.platform().equals(author.platform())
                ? byPlatform.getOrDefault(asker.platform(), otherwise) : otherwise;
        return introductions.introduce(asker, author, intro);
    }
}
