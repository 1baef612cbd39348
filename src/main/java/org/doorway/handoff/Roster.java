package org.doorway.handoff;

import java.util.List;
import java.util.Optional;

/** Who the technologists are. Reads see the caller's unit of work. */
public interface Roster {

    /** Everyone, in the roster file's order. */
    List<Technologist> all();

    Optional<Technologist> find(String technologistId);

    /** The technologist behind a chat user, e.g. ({@code slack}, {@code U0123ABC}). */
    Optional<Technologist> findByChatId(String platform, String userId);

    /** Sets the availability switch; false when there is no such technologist. */
    boolean setAvailable(String technologistId, boolean available);

    /**
     * Adds one technologist at the end of the roster, or replaces the one with
     * the same id where it stands (the console's editor). Loads are kept.
     */
    void save(Technologist technologist);

    /** Replaces the whole roster (an import). Open handoffs and loads are kept. */
    void replaceAll(List<Technologist> technologists);
}
