package org.doorway.store;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.doorway.conversation.Transience;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The database errors that go away when the work is tried again, found
 * anywhere in a failure's cause chain (Jdbi and Hikari wrap them): a lost or
 * refused connection (SQLState class 08), a serialization failure (40001), a
 * deadlock (40P01), an administrator's or a restart's shutdown (57P01..57P03),
 * Java's transient SQL exceptions (a pool timeout), and SQLite's BUSY and
 * LOCKED. Everything else (a constraint, a syntax error, a bug) will not.
 */
public final class SqlTransience implements Transience {
    private static final Set<String> STATES = Set.of("40001", "40P01", "57P01", "57P02", "57P03");
    private static final Set<Integer> SQLITE_CODES = Set.of(SQLiteErrorCode.SQLITE_BUSY.code,
            SQLiteErrorCode.SQLITE_LOCKED.code);

    @Override
    public boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && passing(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean passing(SQLException failure) {
        if (failure instanceof SQLTransientException) {
            return true;
        }
        if (failure instanceof SQLiteException sqlite) {
            // Extended codes (SQLITE_BUSY_SNAPSHOT, …) keep the primary code in their low byte.
            return SQLITE_CODES.contains(sqlite.getResultCode().code & 0xFF);
        }
        String state = failure.getSQLState();
        return state != null && (state.startsWith("08") || STATES.contains(state));
    }
}
