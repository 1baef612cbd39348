package org.doorway.handoff.roster;

/**
 * A problem with one field of a technologist, found by the same checks as
 * {@code roster validate}, located by field ({@code name}, {@code hours.mon},
 * {@code away.0}, {@code expertise} …; empty for the entry as a whole) so a
 * form can show it next to its field.
 */
public record RosterProblem(String field, String problem, String fix, boolean warning) {}
