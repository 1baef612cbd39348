package org.doorway.intake;

import org.doorway.catalogue.Catalogue;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.doorway.conversation.Reply;

/** The summary a technologist reads, built from everything the conversation holds. */
final class SummaryFields {
    private final Supplier<Catalogue> catalogue;

    SummaryFields(Supplier<Catalogue> catalogue) {
        this.catalogue = catalogue;
    }

    List<Reply.Field> of(ConversationState state) {
        List<Reply.Field> fields = new ArrayList<>();
        if (state.focus().urgency() != null) {
            fields.add(new Reply.Field("Priority", "URGENT: " + state.focus().urgency()));
        }
        fields.add(new Reply.Field("In their words", state.problem() == null ? "(nothing described)"
                : state.problem()));
        fields.add(new Reply.Field("What Doorway made of it", classification(state)));
        String about = Refinements.describe(state.answers());
        if (!about.isEmpty()) {
            fields.add(new Reply.Field("About their teaching", about));
        }
        if (!state.shownTools().isEmpty()) {
            fields.add(new Reply.Field("Tools already suggested", String.join(", ", state.shownTools().stream()
                    .map(id -> catalogue.get().tool(id).map(tool -> tool.name()).orElse(id)).toList())));
        }
        if (!state.reactions().isEmpty()) {
            fields.add(new Reply.Field("Their reactions", String.join("; ", state.reactions())));
        }
        fields.addAll(state.faultFacts());
        return fields;
    }

    private String classification(ConversationState state) {
        if ("fault".equals(state.outcome())) {
            return "Something broken (a fault)";
        }
        if ("out-of-scope".equals(state.outcome())) {
            return "Possibly not a teaching-technology matter";
        }
        if (state.needId() != null) {
            return needName(state.needId());
        }
        if (state.needs().isEmpty()) {
            return "Not classified";
        }
        return "Unsure; closest: " + String.join(", ", state.needs().stream().limit(3)
                .map(need -> needName(need.needId()) + String.format(Locale.ROOT, " (%.0f%%)", need.score() * 100))
                .toList());
    }

    private String needName(String id) {
        return catalogue.get().need(id).map(need -> need.name()).orElse(id);
    }
}
