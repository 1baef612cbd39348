package org.doorway.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.doorway.DoorwayException;
import org.doorway.Transactions;
import org.doorway.config.DatabaseSettings;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;

/**
 * The database: a pooled {@link Jdbi} plus a unit of work that every store
 * joins. Inside {@link #inTransaction} the thread's handle is reused, so the
 * state change and the outbox row a feature writes commit together.
 * Thread-safe.
 */
public final class Database implements Transactions, AutoCloseable {
    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> onCommit = new ThreadLocal<>();
    /**
     * SQLite has one writer at a time, and a writer that finds the database
     * locked sleeps in growing steps before it tries again. Queueing this
     * process's transactions on a fair lock instead keeps the wait as short as
     * the transaction ahead, which is what keeps Slack's acks fast.
     */
    private final ReentrantLock sqliteWriter = new ReentrantLock(true);

    private Database(DatabaseSettings settings, HikariDataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens the pool; fails with a message that names the fix when the database cannot be reached. */
    public static Database open(DatabaseSettings settings) {
        return open(settings, "doorway");
    }

    /** As {@link #open(DatabaseSettings)}, with a pool called {@code poolName} in logs and errors. */
    static Database open(DatabaseSettings settings, String poolName) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        settings.user().ifPresent(config::setUsername);
        settings.password().ifPresent(config::setPassword);
        config.setPoolName(poolName);
        config.setInitializationFailTimeout(5_000);
        config.setConnectionTimeout(5_000);
        if (settings.kind() == DatabaseSettings.Kind.SQLITE) {
            config.setDataSourceProperties(sqliteProperties());
            config.setMaximumPoolSize(Math.min(settings.poolSize(), 4));
            config.setMinimumIdle(1);
        } else {
            config.setMaximumPoolSize(settings.poolSize());
        }
        try {
            return new Database(settings, new HikariDataSource(config));
        } catch (RuntimeException cannotConnect) {
            throw new DoorwayException("cannot open the database at " + settings.redactedUrl() + ": "
                    + rootMessage(cannotConnect) + ". Check DATABASE_URL (and DATABASE_USER/DATABASE_PASSWORD) "
                    + "and that the database server is running", cannotConnect);
        }
    }

    /**
     * WAL so readers never block the writer, a busy timeout so writers wait
     * rather than fail, and IMMEDIATE transactions so a transaction that reads
     * then writes cannot fail half-way on a lock upgrade.
     */
    private static java.util.Properties sqliteProperties() {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.setBusyTimeout(10_000);
        sqlite.enforceForeignKeys(true);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return sqlite.toProperties();
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public DatabaseSettings.Kind kind() {
        return settings.kind();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs the callback on the current unit of work's handle, or on a fresh one. */
    public <T, X extends Exception> T withHandle(HandleCallback<T, X> callback) throws X {
        Handle handle = current.get();
        return handle != null ? callback.withHandle(handle) : jdbi.withHandle(callback);
    }

    /** Runs work that uses no result. */
    public void useHandle(java.util.function.Consumer<Handle> work) {
        withHandle(handle -> {
            work.accept(handle);
            return null;
        });
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        if (settings.kind() == DatabaseSettings.Kind.SQLITE) {
            sqliteWriter.lock();
            try {
                return transaction(work);
            } finally {
                sqliteWriter.unlock();
            }
        }
        return transaction(work);
    }

    private <T> T transaction(Supplier<T> work) {
        List<Runnable> committed = new ArrayList<>();
        T result = jdbi.inTransaction(handle -> {
            current.set(handle);
            onCommit.set(committed);
            try {
                return work.get();
            } finally {
                current.remove();
                onCommit.remove();
            }
        });
        committed.forEach(Runnable::run);
        return result;
    }

    /**
     * Runs {@code action} once the current unit of work has committed, and
     * not at all if it rolls back; at once outside a unit of work. Actions
     * run on the committing thread, so they must be quick and must not throw.
     */
    public void afterCommit(Runnable action) {
        List<Runnable> committed = onCommit.get();
        if (committed == null) {
            action.run();
        } else {
            committed.add(action);
        }
    }

    /** True when the database answers a trivial query within two seconds. */
    public boolean answers() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (java.sql.SQLException | RuntimeException unavailable) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
