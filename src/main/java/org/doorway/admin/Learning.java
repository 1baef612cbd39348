package org.doorway.admin;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.doorway.Transactions;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.SupportStatus;

/**
 * The "what Doorway did not understand" queue and what admins do with a
 * message in it: keep it as an example phrasing of a need (the classifier
 * uses it from its next build, at the next start), start a new catalogue
 * entry for it, or set it aside. Each step is audited. Technologists and
 * admins may act; viewers read. Thread-safe.
 */
public final class Learning {
    public static final String PHRASING = "phrasing.add";
    public static final String DISMISS = "unclear.dismiss";
    public static final String NEW_TOOL = "unclear.new-tool";
    /** Example phrasings are short: a message's gist, not an essay. */
    public static final int MAX_PHRASING = 500;

    private final Transactions transactions;
    private final LearningQueue queue;
    private final Supplier<Catalogue> catalogue;
    private final AuditLog audit;
    private final Clock clock;

    public Learning(Transactions transactions, LearningQueue queue, Supplier<Catalogue> catalogue, AuditLog audit,
            Clock clock) {
        this.transactions = transactions;
        this.queue = queue;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Unclear> unclear(int limit) {
        return queue.unclear(needsWithoutTool(), limit);
    }

    public Optional<Unclear> find(long requestId) {
        return queue.find(requestId, needsWithoutTool());
    }

    /** Keeps {@code text} (the message, perhaps trimmed by the admin) as a phrasing of {@code needId}. */
    public Outcome addPhrasing(AdminUser by, long requestId, String needId, String text) {
        if (!by.role().canEditCatalogue()) {
            return new Outcome.NotAllowed();
        }
        String phrasing = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (catalogue.get().need(needId).isEmpty()) {
            return new Outcome.Invalid("need", "choose the need this message is about");
        }
        if (phrasing.isEmpty() || phrasing.length() > MAX_PHRASING) {
            return new Outcome.Invalid("text", phrasing.isEmpty() ? "the phrasing is empty: keep the message's words"
                    : "the phrasing is over " + MAX_PHRASING + " characters: keep the gist");
        }
        return transactions.inTransaction(() -> {
            if (queue.find(requestId, needsWithoutTool()).isEmpty()) {
                return new Outcome.Gone();
            }
            queue.addPhrasing(needId, phrasing, requestId, by.email(), clock.instant());
            queue.reviewed(requestId, "phrasing", by.email(), clock.instant());
            audit.append(AuditEntry.of(clock.instant(), by, PHRASING, "need:" + needId, null,
                    "{\"request\":" + requestId + ",\"text\":" + TextNode.valueOf(phrasing)
                            + "}"));
            return new Outcome.Done();
        });
    }

    /** Takes the message out of the queue: {@code NEW_TOOL} when an entry is being started for it, else {@code DISMISS}. */
    public Outcome setAside(AdminUser by, long requestId, String action) {
        if (!by.role().canEditCatalogue()) {
            return new Outcome.NotAllowed();
        }
        return transactions.inTransaction(() -> {
            if (queue.find(requestId, needsWithoutTool()).isEmpty()) {
                return new Outcome.Gone();
            }
            queue.reviewed(requestId, action.equals(NEW_TOOL) ? "new-tool" : "dismissed", by.email(), clock.instant());
            audit.append(AuditEntry.of(clock.instant(), by, action.equals(NEW_TOOL) ? NEW_TOOL : DISMISS,
                    "request:" + requestId, null, null));
            return new Outcome.Done();
        });
    }

    /** Needs that no supported tool in the catalogue serves now. */
    public Set<String> needsWithoutTool() {
        Catalogue now = catalogue.get();
        Set<String> served = now.tools().stream().filter(tool -> tool.support() == SupportStatus.SUPPORTED)
                .flatMap(tool -> tool.needs().stream()).map(fit -> fit.need()).collect(Collectors.toSet());
        return now.needs().stream().map(need -> need.id()).filter(id -> !served.contains(id))
                .collect(Collectors.toUnmodifiableSet());
    }

    public sealed interface Outcome {
        record Done() implements Outcome {}

        /** Someone dealt with it meanwhile. */
        record Gone() implements Outcome {}

        record Invalid(String field, String problem) implements Outcome {}

        record NotAllowed() implements Outcome {}
    }
}
