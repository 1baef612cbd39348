package org.doorway.handoff;

import java.util.List;

/** The institution's closure dates. Joins the caller's unit of work. Implementations are thread-safe. */
public interface Closures {

    /** Every closure, the earliest first. */
    List<Closure> all();

    /** Stores a new closure and returns it with its id. */
    Closure add(Closure closure);

    /** False when there is no such closure. */
    boolean remove(long closureId);
}
