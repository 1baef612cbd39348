package org.doorway.admin;

import com.fasterxml.jackson.databind.node.TextNode;
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
 * Approving or rejecting a draft. Only admins approve, and never their own
 * draft unless {@code selfApproval} is on (a one-person team). Approval
 * checks the entry again (the needs may have changed) and that the published
 * entry is still the one the draft was made from, then publishes it: the
 * running Doorway suggests it from the next message on. Thread-safe.
 */
public final class Reviewing {
    public static final String PUBLISH = "tool.publish";
    public static final String REJECT = "tool.reject";
    public static final int MAX_NOTE = 1000;

    private final CatalogueEdits edits;
    private final Drafts drafts;
    private final Publisher publisher;
    private final CatalogueValidator validator;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean selfApproval;

    public Reviewing(CatalogueEdits edits, Drafts drafts, Versions versions, CatalogueValidator validator, AuditLog audit,
            Clock clock, boolean selfApproval) {
        this.edits = edits;
        this.drafts = drafts;
        this.publisher = new Publisher(edits, versions, audit, clock);
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
        this.selfApproval = selfApproval;
    }

    public boolean selfApproval() {
        return selfApproval;
    }

    /** Whether {@code user} may approve {@code draft}: an admin, and not its editor unless self-approval is on. */
    public boolean mayApprove(AdminUser user, Draft draft) {
        return user.role().includes(Role.ADMIN) && (selfApproval || !draft.editedBy(user));
    }

    public Outcome approve(AdminUser by, long draftId) {
        if (!by.role().includes(Role.ADMIN)) {
            return new Outcome.NotAllowed();
        }
        return edits.locked(() -> {
            Optional<Draft> found = drafts.pending(draftId);
            if (found.isEmpty()) {
                return new Outcome.Gone();
            }
            Draft draft = found.get();
            if (!mayApprove(by, draft)) {
                return new Outcome.OwnDraft();
            }
            Optional<Tool> live = edits.tool(draft.toolId());
            boolean moved = draft.baseVersion().map(base -> live.isEmpty() || !EntryVersion.of(live.get()).equals(base))
                    .orElse(live.isPresent());
            if (moved) {
                return new Outcome.Overtaken();
            }
            Set<String> otherIds = edits.ids().stream().filter(id -> !id.equals(draft.toolId()))
                    .collect(Collectors.toUnmodifiableSet());
            List<FieldProblem> problems = validator.checkEntry(draft.entry(), otherIds);
            if (!problems.isEmpty()) {
                return new Outcome.Invalid(problems);
            }
            Tool tool = ToolCodec.fromTree(draft.entry());
            PublishedVersion version = publisher.publish(live, new Publisher.Change(tool, PublishedVersion.PUBLISHED,
                    Optional.empty(), Optional.of(draft.editor()), by, PUBLISH));
            drafts.close(draftId, "published", by.email(), clock.instant(), null);
            return new Outcome.Published(version);
        });
    }

    /** Rejects a draft (an admin), or withdraws it (its editor); the note says why. */
    public Outcome reject(AdminUser by, long draftId, String note) {
        String reason = note == null ? "" : note.strip();
        if (reason.length() > MAX_NOTE) {
            reason = reason.substring(0, MAX_NOTE);
        }
        String kept = reason;
        return edits.locked(() -> {
            Optional<Draft> found = drafts.pending(draftId);
            if (found.isEmpty()) {
                return new Outcome.Gone();
            }
            if (!by.role().includes(Role.ADMIN) && !found.get().editedBy(by)) {
                return new Outcome.NotAllowed();
            }
            drafts.close(draftId, "rejected", by.email(), clock.instant(), kept.isEmpty() ? null : kept);
            audit.append(AuditEntry.of(clock.instant(), by, REJECT, found.get().toolId(), found.get().entry().toString(),
                    kept.isEmpty() ? null : "{\"note\":" + TextNode.valueOf(kept) + "}"));
            return new Outcome.Rejected(found.get().toolId());
        });
    }

    /** What became of a decision. */
    public sealed interface Outcome {
        record Published(PublishedVersion version) implements Outcome {}

        record Rejected(String toolId) implements Outcome {}

        /** The approver saved the draft and self-approval is off. */
        record OwnDraft() implements Outcome {}

        /** The entry was published in another way since the draft was made; the draft is left for its editor to redo. */
        record Overtaken() implements Outcome {}

        /** The draft no longer passes the catalogue's checks (the needs changed); nothing published. */
        record Invalid(List<FieldProblem> problems) implements Outcome {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }

        /** No pending draft by that id: already decided, or never was. */
        record Gone() implements Outcome {}

        record NotAllowed() implements Outcome {}
    }
}
