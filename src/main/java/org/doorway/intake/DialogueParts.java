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
 * (for "the next person is on at …"), how long a pause starts a new request, and
 * the institution (its VLE and where other matters go).
 */
public record DialogueParts(NeedClassifier classifier, Supplier<Catalogue> catalogue, ToolSuggester suggester,
        HandoffDesk desk, Conversations conversations, Requests requests, Clock clock, ZoneId zone,
        Duration newRequestAfter, Institution institution) {

    public DialogueParts {
        institution = institution == null ? Institution.unknown() : institution;
    }

    /** Parts for an institution that has set neither its VLE nor its routes. */
    public DialogueParts(NeedClassifier classifier, Supplier<Catalogue> catalogue, ToolSuggester suggester,
            HandoffDesk desk, Conversations conversations, Requests requests, Clock clock, ZoneId zone,
            Duration newRequestAfter) {
        this(classifier, catalogue, suggester, desk, conversations, requests, clock, zone, newRequestAfter,
                Institution.unknown());
    }

    public static final Duration DEFAULT_NEW_REQUEST_AFTER = Duration.ofHours(8);
    public static final int MAX_TEXT = 2_000;
}
