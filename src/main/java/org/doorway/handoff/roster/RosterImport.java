package org.doorway.handoff.roster;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.doorway.Transactions;
import org.doorway.handoff.Roster;
import org.doorway.handoff.Technologist;

/**
 * Imports and exports the roster file, all or nothing: a file with any error
 * changes nothing, and a good one replaces the roster in one unit of work.
 * Technologists are matched by email, so their load and history carry over.
 */
public final class RosterImport {
    private final Transactions transactions;
    private final Roster roster;
    private final RosterReader reader;

    public RosterImport(Transactions transactions, Roster roster, KnownExpertise known) {
        this.transactions = transactions;
        this.roster = roster;
        this.reader = new RosterReader(known);
    }

    /** What importing {@code yaml} did, or would do with {@code dryRun}; errors mean nothing changed. */
    public record Outcome(RosterReader.Result read, RosterChanges changes) {
        public boolean ok() {
            return read.ok();
        }
    }

    public Outcome importYaml(String yaml, boolean dryRun) {
        RosterReader.Result read = reader.read(yaml);
        if (!read.ok()) {
            return new Outcome(read, new RosterChanges(List.of(), List.of(), List.of()));
        }
        RosterChanges changes = transactions.inTransaction(() -> {
            RosterChanges compared = compare(roster.all(), read.technologists());
            if (!dryRun) {
                roster.replaceAll(read.technologists());
            }
            return compared;
        });
        return new Outcome(read, changes);
    }

    public String exportYaml() {
        return new RosterWriter().write(transactions.inTransaction(roster::all));
    }

    static RosterChanges compare(List<Technologist> before, List<Technologist> after) {
        Map<String, Technologist> old = before.stream().collect(Collectors.toMap(Technologist::id,
                Function.identity()));
        Map<String, Technologist> incoming = after.stream().collect(Collectors.toMap(Technologist::id,
                Function.identity()));
        return new RosterChanges(
                after.stream().filter(t -> !old.containsKey(t.id())).map(Technologist::name).toList(),
                after.stream().filter(t -> old.containsKey(t.id()) && !old.get(t.id()).equals(t))
                        .map(Technologist::name).toList(),
                before.stream().filter(t -> !incoming.containsKey(t.id())).map(Technologist::name).toList());
    }
}
