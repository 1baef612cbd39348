package org.doorway.conversation;

/**
 * Tells a failure that will go away (a lost connection, a serialization
 * failure, a deadlock, a busy database) from one that will not (a bug, an
 * unreadable event). Implemented by the store, which knows its errors.
 */
@FunctionalInterface
public interface Transience {

    boolean isTransient(Throwable failure);

    /** Nothing is transient: for wiring without a database. */
    static Transience none() {
        return failure -> false;
    }
}
