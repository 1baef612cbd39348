package org.doorway.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.doorway.catalogue.Catalogue;
import org.doorway.handoff.HandoffDesk;
import org.doorway.needs.NeedClassifier;

/**
 * What the dialogue is built from: the classifier, the catalogue and its
 * ranking, the handoff desk, the stores, a clock, the institution's time zone
 * (for "the next person is on at …") and how long a pause starts a new request.
 */
public record DialogueParts(NeedClassifier classifier, Supplier<Catalogue> catalogue, ToolSuggester suggester,
        HandoffDesk desk, Conversations conversations, Requests requests, Clock clock, ZoneId zone,
        Duration newRequestAfter) {

    public static final Duration DEFAULT_NEW_REQUEST_AFTER = Duration.ofHours(8);
    public static final int MAX_TEXT = 2_000;
}
