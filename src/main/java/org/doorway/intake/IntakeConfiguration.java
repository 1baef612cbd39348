package org.doorway.intake;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.doorway.catalogue.Catalogue;
import org.doorway.handoff.HandoffDesk;
import org.doorway.needs.NeedClassifier;

/**
 * Builds the staff dialogue from the ports it needs, giving each step
 * exactly the ones it uses (the suggestions the catalogue and the handoff
 * desk's availability, the person step the desk, and so on). The app's
 * wiring calls it once, with the store adapters it built once.
 */
public final class IntakeConfiguration {
    private IntakeConfiguration() {}

    /**
     * The dialogue. {@code zone} is the institution's time zone (for "the next person is on at …");
     * {@code institution} its VLE and where other matters go.
     */
    public static Dialogue dialogue(NeedClassifier classifier, Supplier<Catalogue> catalogue, ToolSuggester suggester,
            HandoffDesk desk, Conversations conversations, Requests requests, Clock clock, ZoneId zone,
            Institution institution) {
        SlotExtractor slots = new SlotExtractor(catalogue);
        Availabilities availabilities = new Availabilities(desk, zone);
        PersonStep person = new PersonStep(desk, requests, clock, institution, catalogue, availabilities);
        SuggestionStep suggestions = new SuggestionStep(catalogue, new PreferredTools(suggester, institution),
                new SuggestionItems(suggester, clock, zone), availabilities, requests, institution, clock);
        Dialogue.Steps steps = new Dialogue.Steps(slots, suggestions, person,
                new FaultStep(requests, clock, institution, person, slots), new PolicyStep(catalogue, institution, clock, zone),
                new ScopeStep(requests, clock, institution));
        return new Dialogue(classifier, catalogue, conversations, requests, clock, steps);
    }

    /** As {@link #dialogue}, for an institution that has set neither its VLE nor its routes. */
    public static Dialogue dialogue(NeedClassifier classifier, Supplier<Catalogue> catalogue, ToolSuggester suggester,
            HandoffDesk desk, Conversations conversations, Requests requests, Clock clock, ZoneId zone) {
        return dialogue(classifier, catalogue, suggester, desk, conversations, requests, clock, zone,
                Institution.unknown());
    }
}
