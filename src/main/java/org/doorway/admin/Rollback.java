package org.doorway.admin;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorway.catalogue.CatalogueValidator;
import org.doorway.catalogue.FieldProblem;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.ToolCodec;

/**
 * One-click restore of an earlier version of an entry by an admin: the old
 * entry is published again as a new version (so the history only grows), and
 * audited. It is checked first with the catalogue's rules as they are now.
 * Thread-safe.
 */
public final class Rollback {
    public static final String ROLLBACK = "tool.rollback";

    private final CatalogueEdits edits;
    private final Versions versions;
    private final Publisher publisher;
    private final CatalogueValidator validator;

    public Rollback(CatalogueEdits edits, Versions versions, CatalogueValidator validator, AuditLog audit,
            java.time.Clock clock) {
        this.edits = edits;
        this.versions = versions;
        this.publisher = new Publisher(edits, versions, audit, clock);
        this.validator = validator;
    }

    public Outcome restore(AdminUser by, String toolId, int number) {
        if (!by.role().includes(Role.ADMIN)) {
            return new Outcome.NotAllowed();
        }
        return edits.locked(() -> {
            Optional<PublishedVersion> version = versions.find(toolId, number);
            if (version.isEmpty()) {
                return new Outcome.Missing();
            }
            Set<String> otherIds = edits.ids().stream().filter(id -> !id.equals(toolId))
                    .collect(Collectors.toUnmodifiableSet());
            List<FieldProblem> problems = validator.checkEntry(version.get().entry(), otherIds);
            if (!problems.isEmpty()) {
                return new Outcome.Invalid(problems);
            }
            Tool tool = ToolCodec.fromTree(version.get().entry());
            Optional<Tool> live = edits.tool(toolId);
            if (live.filter(tool::equals).isPresent()) {
                return new Outcome.Unchanged();
            }
            return new Outcome.Restored(publisher.publish(live, new Publisher.Change(tool, PublishedVersion.ROLLED_BACK,
                    Optional.of(number), Optional.empty(), by, ROLLBACK)));
        });
    }

    /** What became of a rollback. */
    public sealed interface Outcome {
        record Restored(PublishedVersion version) implements Outcome {}

        /** The live entry already is that version. */
        record Unchanged() implements Outcome {}

        /** That version breaks today's rules (a need since removed); nothing changed. */
        record Invalid(List<FieldProblem> problems) implements Outcome {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }

        record Missing() implements Outcome {}

        record NotAllowed() implements Outcome {}
    }
}
