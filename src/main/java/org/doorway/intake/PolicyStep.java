package org.doorway.intake;

import org.doorway.catalogue.Catalogue;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.GuideFormat;
import org.doorway.catalogue.Lapse;
import org.doorway.catalogue.Tool;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Option;

/**
 * Answers "am I allowed to use X?", "is X GDPR-approved?", "is it
 * accessible?", "does X work with Moodle?" and "what does X cost students?"
 * from the catalogue entry, with a guide and who supports it. A tool whose
 * data-protection approval or licence has ended (today in the institution's
 * time zone) is said to be so first, with a person to ask. A tool that is
 * not in the catalogue gets an honest "I can't say" and a person.
 */
final class PolicyStep {
    private final Supplier<Catalogue> catalogue;
    private final Institution institution;
    private final Clock clock;
    private final ZoneId zone;

    PolicyStep(Supplier<Catalogue> catalogue, Institution institution, Clock clock, ZoneId zone) {
        this.catalogue = catalogue;
        this.institution = institution;
        this.clock = clock;
        this.zone = zone;
    }

    /** The answer when {@code text} is a policy question about a tool we can tell; empty otherwise. */
    Optional<Turn> answer(ConversationState state, String text, Slots slots) {
        String lower = SlotExtractor.normalise(text);
        Set<PolicyQuestion.Topic> topics = PolicyQuestion.topics(lower);
        if (topics.isEmpty()) {
            return Optional.empty();
        }
        Optional<Tool> tool = subject(state, lower, slots);
        if (tool.isEmpty()) {
            boolean aboutATool = topics.contains(PolicyQuestion.Topic.ALLOWED) || topics.contains(
                    PolicyQuestion.Topic.DATA);
            return aboutATool && lower.matches(".*\\b(use|using|allowed|approved|gdpr|permitted)\\b.*")
                    && !slots.aboutTeaching() && lower.split(" ").length <= 25
                    ? Optional.of(Turn.of(state.asking(Focus.OFFER_PERSON), new Reply.Text(Texts.POLICY_UNKNOWN_TOOL,
                            List.of(Option.primary(OptionIds.PERSON, "Yes, ask a technologist")))))
                    : Optional.empty();
        }
        return Optional.of(Turn.of(state.focused(state.focus().about(tool.get().id()).asking(null)),
                new Reply.Text(text(tool.get(), topics, lower), List.of(
                        Option.of(OptionIds.DETAILS + tool.get().id(), "More about " + tool.get().name()),
                        Option.of(OptionIds.PERSON, "Talk to a technologist")))));
    }

    /** The tool asked about: named (not the VLE itself), else the one the conversation is about. */
    private Optional<Tool> subject(ConversationState state, String lower, Slots slots) {
        Optional<Tool> named = slots.tools().stream().flatMap(mention -> mention.tool().stream())
                .filter(tool -> PreferredTools.vleOf(tool).isEmpty() || slots.tools().size() == 1).findFirst();
        if (named.isPresent()) {
            return named;
        }
        if (state.focus().toolId() != null && PolicyQuestion.pronoun(lower).isPresent()) {
            return catalogue.get().tool(state.focus().toolId());
        }
        return Optional.empty();
    }

    private String text(Tool tool, Set<PolicyQuestion.Topic> topics, String lower) {
        List<String> lines = new ArrayList<>();
        lines.add(tool.name() + ":");
        Optional<Lapse> lapse = Lapse.of(tool, LocalDate.ofInstant(clock.instant(), zone));
        // An ended approval or licence is the answer to "may I?", so it replaces the approval line.
        lapse.ifPresent(ended -> lines.add(Texts.ended(ended)));
        if (topics.contains(PolicyQuestion.Topic.ALLOWED) && lapse.isEmpty()) {
            lines.add(ToolFacts.approval(tool) + " " + ToolFacts.status(tool));
        }
        if (topics.contains(PolicyQuestion.Topic.DATA)) {
            if (!topics.contains(PolicyQuestion.Topic.ALLOWED) && lapse.isEmpty()) {
                lines.add(ToolFacts.approval(tool));
            }
            lines.add(ToolFacts.dataProtection(tool));
        }
        if (topics.contains(PolicyQuestion.Topic.ACCESSIBILITY)) {
            lines.add("Accessibility: " + ToolFacts.present(tool.accessibility()).orElse("the catalogue has no "
                    + "notes; a learning technologist can check."));
        }
        if (topics.contains(PolicyQuestion.Topic.VLE)) {
            lines.add("With " + institution.vleName(lower) + ": " + ToolFacts.present(tool.vleIntegration())
                    .orElse("the catalogue doesn't say how it connects."));
        }
        if (topics.contains(PolicyQuestion.Topic.COST)) {
            String cost = ToolFacts.cost(tool);
            lines.add(cost.isEmpty() ? "The catalogue doesn't list a cost." : cost);
        }
        lines.add(ToolFacts.support(tool));
        guide(tool).ifPresent(guide -> lines.add("Guide: " + guide.title() + " " + guide.url()));
        return String.join("\n", lines.stream().filter(line -> !line.isBlank()).toList());
    }

    private static Optional<Guide> guide(Tool tool) {
        return tool.guides().stream().filter(guide -> guide.format() == GuideFormat.ONE_PAGE).findFirst()
                .or(() -> tool.guides().stream().findFirst());
    }
}
