package org.doorway.app;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.doorway.inbox.SetAside;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code inbox list} and {@code inbox replay KEY}: the events set aside after
 * their turn failed for a reason that will not go away, and putting one back
 * once the cause is fixed.
 */
@Command(name = "inbox", mixinStandardHelpOptions = true,
        description = "See the events set aside after failing for good, and replay one once the cause is fixed.",
        subcommands = {InboxCommand.List.class, InboxCommand.Replay.class})
final class InboxCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private InboxCommand() {}

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the events set aside, oldest first: key, when, and why.")
    static final class List extends DoorwaySubcommand {
        List(Environment environment) {
            super(environment);
        }

        @Override
        public Integer call() {
            PrintWriter out = out();
            try (Doorway doorway = openDoorway()) {
                java.util.List<SetAside.Entry> entries = doorway.setAside().all();
                if (entries.isEmpty()) {
                    out.println("Nothing is set aside: every event was answered or is still waiting its turn.");
                    return ExitCodes.OK;
                }
                for (SetAside.Entry entry : entries) {
                    out.println(entry.key());
                    out.println("  set aside " + WHEN.format(entry.setAsideAt().truncatedTo(ChronoUnit.SECONDS))
                            + " (arrived " + WHEN.format(entry.receivedAt().truncatedTo(ChronoUnit.SECONDS)) + ")");
                    out.println("  why: " + entry.reason());
                    out.println(entry.replayable() ? "  replay: doorway inbox replay " + entry.key()
                            : "  replay: not possible (nothing was kept to answer it with)");
                }
                out.println(entries.size() + (entries.size() == 1 ? " event" : " events") + " set aside. Fix the "
                        + "cause (see the log around those times), then replay each one.");
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Put the event KEY back in the inbox; a running Doorway answers it within a minute.")
    static final class Replay extends DoorwaySubcommand {
        Replay(Environment environment) {
            super(environment);
        }

        @Parameters(paramLabel = "KEY", description = "the event's key, as 'inbox list' shows it")
        String key;

        @Override
        public Integer call() {
            try (Doorway doorway = openDoorway()) {
                Optional<SetAside.Entry> replayed = doorway.setAside().replay(key, doorway.clock().instant());
                if (replayed.isEmpty()) {
                    err().println("Nothing is set aside under '" + key + "'. See the keys with: doorway inbox list");
                    return ExitCodes.BAD_INPUT;
                }
                if (!replayed.get().replayable()) {
                    err().println("'" + key + "' kept nothing to answer it with (a button press whose moment has "
                            + "passed), so it cannot be replayed; the person can simply press again.");
                    return ExitCodes.BAD_INPUT;
                }
                out().println("Put " + key + " back in the inbox: a running Doorway answers it within a minute "
                        + "or two (its redelivery job looks every 15 seconds).");
                return ExitCodes.OK;
            }
        }
    }
}
