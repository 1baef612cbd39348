package org.doorway;

import java.util.function.Supplier;

/**
 * A unit of work. Everything the work does through Doorway's stores (state
 * changes and outbox rows alike) commits together or not at all. Nested calls
 * join the outer unit.
 */
@FunctionalInterface
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
