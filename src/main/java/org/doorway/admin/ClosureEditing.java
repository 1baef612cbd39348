package org.doorway.admin;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.doorway.Transactions;
import org.doorway.handoff.Closure;
import org.doorway.handoff.Closures;
import org.doorway.handoff.roster.RosterProblem;

/**
 * Adds and removes the institution's closure dates (admins only), each with
 * its audit entry in the same unit of work. Routing reads closures on every
 * decision. Thread-safe.
 */
public final class ClosureEditing {
    public static final String ADD = "closure.add";
    public static final String REMOVE = "closure.remove";
    public static final String SUBJECT = "closures";
    static final int MAX_NAME = 200;

    private final Transactions transactions;
    private final Closures closures;
    private final AuditLog audit;
    private final Clock clock;

    public ClosureEditing(Transactions transactions, Closures closures, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.closures = closures;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Closure> all() {
        return closures.all();
    }

    /** The closure when its dates and name are good; else every problem by field ({@code from}, {@code to}, {@code name}). */
    public Outcome add(AdminUser by, String from, String to, String name) {
        if (by.role() != Role.ADMIN) {
            return new Outcome.NotAllowed();
        }
        List<RosterProblem> problems = new ArrayList<>();
        Optional<LocalDate> first = date("from", from, problems);
        Optional<LocalDate> last = to == null || to.isBlank() ? first : date("to", to, problems);
        String named = name == null ? "" : name.strip();
        if (named.isEmpty() || named.length() > MAX_NAME) {
            problems.add(new RosterProblem("name", named.isEmpty() ? "the closure has no name" : "the name is too long",
                    "name it in a few words, e.g. Winter closure", false));
        }
        if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
            problems.add(new RosterProblem("to", "the closure ends (" + last.get() + ") before it starts ("
                    + first.get() + ")", "swap the two dates", false));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        return transactions.inTransaction(() -> {
            Closure added = closures.add(new Closure(0, first.get(), last.get(), named));
            audit.append(AuditEntry.of(clock.instant(), by, ADD, SUBJECT, null, json(added)));
            return new Outcome.Added(added);
        });
    }

    public Outcome remove(AdminUser by, long closureId) {
        if (by.role() != Role.ADMIN) {
            return new Outcome.NotAllowed();
        }
        return transactions.inTransaction(() -> {
            Optional<Closure> existing = closures.all().stream().filter(closure -> closure.id() == closureId).findFirst();
            if (existing.isEmpty() || !closures.remove(closureId)) {
                return new Outcome.Missing();
            }
            audit.append(AuditEntry.of(clock.instant(), by, REMOVE, SUBJECT, json(existing.get()), null));
            return new Outcome.Removed(existing.get());
        });
    }

    private static Optional<LocalDate> date(String field, String text, List<RosterProblem> problems) {
        try {
            return Optional.of(LocalDate.parse(text == null ? "" : text.strip()));
        } catch (DateTimeParseException notADate) {
            problems.add(new RosterProblem(field, (text == null || text.isBlank() ? "no date" : "'" + text.strip()
                    + "' is not a date"), "write dates as YYYY-MM-DD, e.g. 2026-12-24", false));
            return Optional.empty();
        }
    }

    private static String json(Closure closure) {
        return "{\"from\":\"" + closure.from() + "\",\"to\":\"" + closure.to() + "\",\"name\":"
                + TextNode.valueOf(closure.name()) + "}";
    }

    public sealed interface Outcome {
        record Added(Closure closure) implements Outcome {}

        record Removed(Closure closure) implements Outcome {}

        record Invalid(List<RosterProblem> problems) implements Outcome {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }

        record Missing() implements Outcome {}

        record NotAllowed() implements Outcome {}
    }
}
