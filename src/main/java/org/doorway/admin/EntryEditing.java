package org.doorway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.CatalogueValidator;
import org.doorway.catalogue.FieldProblem;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.ToolCodec;

/**
 * Saves one edited catalogue entry: the catalogue's own checks first (the
 * same as {@code catalogue validate}), then, under the catalogue's write
 * lock, a check that nobody changed the entry since the form was opened, the
 * write and its audit entry in one transaction. Thread-safe.
 */
public final class EntryEditing {
    public static final String UPDATE = "tool.update";

    private final CatalogueEdits edits;
    private final CatalogueValidator validator;
    private final AuditLog audit;
    private final Clock clock;

    public EntryEditing(CatalogueEdits edits, CatalogueValidator validator, AuditLog audit, Clock clock) {
        this.edits = edits;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Replaces entry {@code id} with {@code entry} (the file's tree shape),
     * provided it is still at {@code baseVersion}. The id itself is not
     * changed here.
     */
    public Outcome update(AdminUser by, String id, JsonNode entry, String baseVersion) {
        if (!by.role().canEditCatalogue()) {
            return new Outcome.NotAllowed();
        }
        return edits.locked(() -> {
            Catalogue current = edits.current();
            Optional<Tool> stored = current.tool(id);
            if (stored.isEmpty()) {
                return new Outcome.Missing(id);
            }
            Set<String> otherIds = current.tools().stream().map(Tool::id).filter(other -> !other.equals(id))
                    .collect(Collectors.toUnmodifiableSet());
            List<FieldProblem> problems = validator.checkEntry(entry, otherIds);
            if (!problems.isEmpty()) {
                return new Outcome.Invalid(problems);
            }
            if (!EntryVersion.of(stored.get()).equals(baseVersion)) {
                return new Outcome.Overtaken(stored.get());
            }
            Tool edited = ToolCodec.fromTree(entry);
            if (!edited.id().equals(id)) {
                return new Outcome.Invalid(List.of(new FieldProblem("/id", "the id cannot be changed here",
                        "keep '" + id + "'; to rename a tool, export, edit and import the catalogue")));
            }
            if (edited.equals(stored.get())) {
                return new Outcome.Unchanged(edited);
            }
            List<Tool> tools = new ArrayList<>(current.tools());
            tools.replaceAll(tool -> tool.id().equals(id) ? edited : tool);
            edits.replace(new Catalogue(current.needs(), tools));
            audit.append(AuditEntry.of(clock.instant(), by, UPDATE, id,
                    ToolCodec.toTree(stored.get()).toString(), ToolCodec.toTree(edited).toString()));
            return new Outcome.Saved(edited);
        });
    }

    /** What became of a save. */
    public sealed interface Outcome {
        record Saved(Tool tool) implements Outcome {}

        record Unchanged(Tool tool) implements Outcome {}

        /** Nothing written; each problem is located by field. */
        record Invalid(List<FieldProblem> problems) implements Outcome {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }

        /** Someone saved this entry after the form was opened; nothing written. */
        record Overtaken(Tool current) implements Outcome {}

        record Missing(String id) implements Outcome {}

        record NotAllowed() implements Outcome {}
    }
}
