package org.doorway.fuzz;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Collects what is logged at ERROR while it is attached, for tests that must
 * see no exception escape: an error log line is how one shows. Loggers in
 * {@code ignored} (by simple name) log outcomes, not escapes.
 */
public final class LoggedErrors implements AutoCloseable {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Set<String> ignored;

    private LoggedErrors(Set<String> ignored) {
        this.ignored = ignored;
        appender.start();
        root().addAppender(appender);
    }

    public static LoggedErrors attach(String... ignoredLoggers) {
        return new LoggedErrors(Set.of(ignoredLoggers));
    }

    /** Each error so far, as "logger: message". */
    public List<String> list() {
        return appender.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .filter(event -> !ignored.contains(simpleName(event.getLoggerName())))
                .map(event -> event.getLoggerName() + ": " + event.getFormattedMessage()).toList();
    }

    @Override
    public void close() {
        root().detachAppender(appender);
    }

    private static String simpleName(String logger) {
        return logger.substring(logger.lastIndexOf('.') + 1);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    }
}
