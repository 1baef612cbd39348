package org.doorway.catalogue;

/**
 * A problem with one field of a catalogue entry, found by the same checks as
 * {@code catalogue validate} but located by a JSON pointer within the entry
 * (such as {@code /needs/0/need}; empty for the entry as a whole), so a form
 * can show it next to its field.
 */
public record FieldProblem(String field, String problem, String fix) {}
