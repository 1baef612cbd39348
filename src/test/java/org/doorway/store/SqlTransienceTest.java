package org.doorway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.doorway.DoorwayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class SqlTransienceTest {
    private final SqlTransience transience = new SqlTransience();

    @TempDir
    Path folder;

    @Test
    void passingStates_areTransient_anywhereInTheCauseChain() {
        for (String state : new String[] {"08000", "08003", "08006", "40001", "40P01", "57P01", "57P02", "57P03"}) {
            assertThat(transience.isTransient(new DoorwayException("wrapped",
                    new IllegalStateException(new SQLException("lost", state))))).as(state).isTrue();
        }
        assertThat(transience.isTransient(new SQLTransientConnectionException("pool timed out"))).isTrue();
    }

    @Test
    void sqliteBusyAndLocked_areTransient_withTheirExtendedCodes() {
        assertThat(transience.isTransient(new SQLiteException("busy", SQLiteErrorCode.SQLITE_BUSY))).isTrue();
        assertThat(transience.isTransient(new SQLiteException("busy", SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT))).isTrue();
        assertThat(transience.isTransient(new SQLiteException("locked", SQLiteErrorCode.SQLITE_LOCKED))).isTrue();
        assertThat(transience.isTransient(new SQLiteException("constraint", SQLiteErrorCode.SQLITE_CONSTRAINT)))
                .isFalse();
    }

    @Test
    void bugsAndRealConstraintViolations_areNot() {
        assertThat(transience.isTransient(new IllegalStateException("a bug"))).isFalse();
        assertThat(transience.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(transience.isTransient(new SQLException("no state"))).isFalse();
        try (Database database = TestDatabases.sqlite(folder)) {
            Throwable duplicate = catchThrowable(() -> database.run(() -> database.useHandle(handle -> {
                handle.execute("INSERT INTO handled_events (event_key, handled_at) VALUES ('k', 1)");
                handle.execute("INSERT INTO handled_events (event_key, handled_at) VALUES ('k', 2)");
            })));
            assertThat(duplicate).isNotNull();
            assertThat(transience.isTransient(duplicate)).isFalse();
        }
    }
}
