package org.doorway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorway.catalogue.CatalogueValidator;
import org.doorway.catalogue.FieldProblem;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.ToolCodec;

/**
 * Saves an edited or new catalogue entry as a draft for review: the
 * catalogue's own checks first (the same as {@code catalogue validate}), then
 * a check that nobody published the entry since the form was opened. Nothing
 * Doorway suggests changes until the draft is approved ({@link Reviewing}).
 * Thread-safe.
 */
public final class Drafting {
    public static final String DRAFT = "tool.draft";

    private final CatalogueEdits edits;
    private final Drafts drafts;
    private final CatalogueValidator validator;
    private final AuditLog audit;
    private final Clock clock;

    public Drafting(CatalogueEdits edits, Drafts drafts, CatalogueValidator validator, AuditLog audit, Clock clock) {
        this.edits = edits;
        this.drafts = drafts;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A draft of entry {@code id} as {@code entry} (the file's tree shape),
     * made from the published entry at {@code baseVersion}; for a new tool
     * {@code baseVersion} is empty and the id is the entry's own.
     */
    public Outcome propose(AdminUser by, JsonNode entry, Optional<String> baseVersion) {
        if (!by.role().canEditCatalogue()) {
            return new Outcome.NotAllowed();
        }
        String id = entry.path("id").asText("");
        return edits.locked(() -> {
            Optional<Tool> stored = edits.tool(id);
            if (baseVersion.isPresent() && stored.isEmpty()) {
                return new Outcome.Missing(id);
            }
            Set<String> otherIds = edits.ids().stream().filter(other -> !other.equals(id) || baseVersion.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            List<FieldProblem> problems = validator.checkEntry(entry, otherIds);
            if (!problems.isEmpty()) {
                return new Outcome.Invalid(problems);
            }
            if (baseVersion.isEmpty() && drafts.pendingFor(id).isPresent()) {
                return new Outcome.Invalid(List.of(new FieldProblem("/id", "a new tool with the id '" + id
                        + "' is already waiting for review", "choose another id, or review that draft first")));
            }
            if (baseVersion.isPresent() && !EntryVersion.of(stored.get()).equals(baseVersion.get())) {
                return new Outcome.Overtaken(stored.get());
            }
            Tool edited = ToolCodec.fromTree(entry);
            if (stored.isPresent() && edited.equals(stored.get())) {
                return new Outcome.Unchanged(edited);
            }
            JsonNode tree = ToolCodec.toTree(edited);
            long draft = drafts.save(id, tree, baseVersion, by.email(), clock.instant());
            audit.append(AuditEntry.of(clock.instant(), by, DRAFT, id,
                    stored.map(tool -> ToolCodec.toTree(tool).toString()).orElse(null), tree.toString()));
            return new Outcome.Drafted(draft, edited);
        });
    }

    /** What became of a save. */
    public sealed interface Outcome {
        /** Waiting for review as draft {@code draftId}. */
        record Drafted(long draftId, Tool tool) implements Outcome {}

        record Unchanged(Tool tool) implements Outcome {}

        /** Nothing written; each problem is located by field. */
        record Invalid(List<FieldProblem> problems) implements Outcome {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }

        /** Someone published this entry after the form was opened; nothing written. */
        record Overtaken(Tool current) implements Outcome {}

        record Missing(String id) implements Outcome {}

        record NotAllowed() implements Outcome {}
    }
}
