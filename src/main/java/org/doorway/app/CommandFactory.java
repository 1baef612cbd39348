package org.doorway.app;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Builds commands with the {@link Environment} when they take one, so that tests can run any command. */
final class CommandFactory implements IFactory {
    private final Environment environment;

    CommandFactory(Environment environment) {
        this.environment = environment;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            Constructor<K> constructor = type.getDeclaredConstructor(Environment.class);
            constructor.setAccessible(true);
            return constructor.newInstance(environment);
        } catch (NoSuchMethodException takesNoEnvironment) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
