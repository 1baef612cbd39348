package org.doorway.admin;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.doorway.Transactions;
import org.doorway.handoff.Roster;
import org.doorway.handoff.Technologist;
import org.doorway.handoff.roster.EntryCheck;
import org.doorway.handoff.roster.EntryFields;
import org.doorway.handoff.roster.KnownExpertise;
import org.doorway.handoff.roster.RosterProblem;
import org.doorway.handoff.roster.TechnologistJson;

/**
 * Saves one technologist: the checks of {@code roster validate} first, then,
 * in one unit of work, a check that nobody changed them since the form was
 * opened, the write and its audit entry. Routing reads the roster from the
 * store, so the next request sees the change. Admins edit everything and add
 * people; a technologist edits only their own hours, leave and availability
 * (whatever else they send is ignored). Thread-safe.
 */
public final class RosterEditing {
    public static final String UPDATE = "roster.update";
    public static final String ADD = "roster.add";

    private final Transactions transactions;
    private final Roster roster;
    private final Supplier<KnownExpertise> known;
    private final AuditLog audit;
    private final Clock clock;

    public RosterEditing(Transactions transactions, Roster roster, Supplier<KnownExpertise> known, AuditLog audit,
            Clock clock) {
        this.transactions = transactions;
        this.roster = roster;
        this.known = known;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether {@code user} may open this technologist's form at all (to read it, or their own part to edit). */
    public static boolean mayEdit(AdminUser user, String technologistId) {
        return user.role() == Role.ADMIN || user.role() == Role.TECHNOLOGIST && user.email().equals(technologistId);
    }

    /** Replaces technologist {@code id} with {@code fields}, provided they are still at {@code baseVersion}. */
    public Outcome update(AdminUser by, String id, EntryFields fields, String baseVersion) {
        if (!mayEdit(by, id)) {
            return new Outcome.NotAllowed();
        }
        return transactions.inTransaction(() -> {
            Optional<Technologist> stored = roster.find(id);
            if (stored.isEmpty()) {
                return new Outcome.Missing(id);
            }
            EntryFields allowed = by.role() == Role.ADMIN ? fields
                    : EntryFields.of(stored.get()).withOwnPartOf(fields);
            EntryCheck.Result checked = new EntryCheck(known.get()).check(allowed);
            List<RosterProblem> problems = new java.util.ArrayList<>(errors(checked));
            if (checked.ok() && !checked.technologist().get().id().equals(id)) {
                problems.add(new RosterProblem("email", "the email is how Doorway knows this person, so it cannot "
                        + "change here", "keep " + stored.get().email() + "; to replace someone, add the new person "
                        + "and remove the old one", false));
            }
            checked.technologist().ifPresent(edited -> problems.addAll(clashes(edited)));
            if (!problems.isEmpty()) {
                return new Outcome.Invalid(problems);
            }
            if (!version(stored.get()).equals(baseVersion)) {
                return new Outcome.Overtaken(stored.get());
            }
            Technologist edited = checked.technologist().get();
            if (edited.equals(stored.get())) {
                return new Outcome.Unchanged(edited);
            }
            roster.save(edited);
            audit.append(AuditEntry.of(clock.instant(), by, UPDATE, subject(id),
                    TechnologistJson.toTree(stored.get()).toString(), TechnologistJson.toTree(edited).toString()));
            return new Outcome.Saved(edited, warnings(checked));
        });
    }

    /** Adds a technologist at the end of the roster (admins only). */
    public Outcome add(AdminUser by, EntryFields fields) {
        if (by.role() != Role.ADMIN) {
            return new Outcome.NotAllowed();
        }
        return transactions.inTransaction(() -> {
            EntryCheck.Result checked = new EntryCheck(known.get()).check(fields);
            List<RosterProblem> problems = new java.util.ArrayList<>(errors(checked));
            checked.technologist().ifPresent(added -> {
                if (roster.find(added.id()).isPresent()) {
                    problems.add(new RosterProblem("email", "the email " + added.email() + " is already on the roster",
                            "open their entry to change it, or give each person their own email", false));
                }
                problems.addAll(clashes(added));
            });
            if (!problems.isEmpty()) {
                return new Outcome.Invalid(problems);
            }
            Technologist added = checked.technologist().get();
            roster.save(added);
            audit.append(AuditEntry.of(clock.instant(), by, ADD, subject(added.id()), null,
                    TechnologistJson.toTree(added).toString()));
            return new Outcome.Saved(added, warnings(checked));
        });
    }

    /** What the form carries to detect a change by someone else meanwhile: the same on every instance. */
    public static String version(Technologist technologist) {
        return SecretTokens.hash(TechnologistJson.toTree(technologist).toString()).substring(0, 16);
    }

    /** How the audit log names a technologist. */
    public static String subject(String technologistId) {
        return "technologist:" + technologistId;
    }

    /** A chat id belongs to one person, as the roster file requires. */
    private List<RosterProblem> clashes(Technologist edited) {
        return roster.all().stream().filter(other -> !other.id().equals(edited.id()))
                .flatMap(other -> edited.chatIds().entrySet().stream()
                        .filter(chat -> chat.getValue().equals(other.chatIds().get(chat.getKey())))
                        .map(chat -> new RosterProblem(chat.getKey(), "the " + chat.getKey() + " id " + chat.getValue()
                                + " is already " + other.name() + "'s", "give each person their own "
                                + chat.getKey().toLowerCase(Locale.ROOT) + " id", false)))
                .toList();
    }

    private static List<RosterProblem> errors(EntryCheck.Result checked) {
        return checked.problems().stream().filter(problem -> !problem.warning()).toList();
    }

    private static List<RosterProblem> warnings(EntryCheck.Result checked) {
        return checked.problems().stream().filter(RosterProblem::warning).toList();
    }

    /** What became of a save. */
    public sealed interface Outcome {
        /** Saved; warnings (no working hours, say) are worth showing but did not stop it. */
        record Saved(Technologist technologist, List<RosterProblem> warnings) implements Outcome {
            public Saved {
                warnings = List.copyOf(warnings);
            }
        }

        record Unchanged(Technologist technologist) implements Outcome {}

        /** Nothing written; each problem is located by field. */
        record Invalid(List<RosterProblem> problems) implements Outcome {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }

        /** Someone changed this technologist after the form was opened (in the console, in chat or by an import). */
        record Overtaken(Technologist current) implements Outcome {}

        record Missing(String id) implements Outcome {}

        record NotAllowed() implements Outcome {}
    }
}
