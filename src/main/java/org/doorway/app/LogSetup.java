package org.doorway.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging set up in code rather than XML, which keeps a few hundred classes
 * off the startup path: one line per event on standard error, Doorway's own
 * level from {@code LOG_LEVEL} (default INFO), libraries at WARN. A
 * {@code logback-test.xml} on the class path (the tests') takes precedence.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (LogSetup.class.getResource("/logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        // The embedding model's tokenizer (DJL) warns on every start that this machine has no GPU.
        context.getLogger("ai.djl").setLevel(Level.ERROR);
        // Bolt's parser logs the whole body of a request it does not recognise, which holds what people wrote;
        // SlackEndpoint logs such a request once, without its body.
        context.getLogger("com.slack.api.bolt.util.SlackRequestParser").setLevel(Level.ERROR);
        context.getLogger("org.doorway").setLevel(Level.toLevel(System.getenv("LOG_LEVEL"), Level.INFO));
        // Bolt's Socket Mode client logs each failed (re)connection with a stack trace; Doorway reports the
        // connection's state itself, in one line and in /healthz (slack/SlackAdapter's probe).
        context.getLogger("com.slack.api.socket_mode").setLevel(Level.OFF);
        context.getLogger("com.slack.api.bolt.socket_mode").setLevel(Level.OFF);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
