package org.doorway.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.doorway.privacy.DataKind;
import org.doorway.privacy.PersonalData;
import org.doorway.privacy.Retention;
import org.doorway.privacy.RetentionPolicy;
import org.doorway.privacy.Subject;
import org.doorway.privacy.SubjectRequests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Data protection from the command line: {@code privacy export USER},
 * {@code privacy erase USER} and {@code retention [--dry-run]}. See
 * docs/data-protection.md.
 */
@Command(name = "privacy", mixinStandardHelpOptions = true,
        description = "Answer a data subject's request: export or erase what Doorway holds about a Slack or Teams user.",
        subcommands = {PrivacyCommand.Export.class, PrivacyCommand.Erase.class})
final class PrivacyCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Retention retention(PersonalData data, RetentionPolicy policy, Clock clock) {
        return new Retention(data, policy, clock);
    }

    static String notAUser(String user) {
        return "doorway: '" + user + "' is not a user: write slack:U0123ABC (a Slack user id) or teams:ID (a Teams "
                + "user id 29:… or an Entra object id)";
    }

    /** What export and erase share: the USER parameter, read once, with one message when it is not a user. */
    abstract static class OnSubject extends DoorwaySubcommand {
        @Parameters(paramLabel = "USER", description = "slack:U0123ABC or teams:ID")
        String user;

        OnSubject(Environment environment) {
            super(environment);
        }

        @Override
        public final Integer call() throws IOException {
            var parsed = Subject.parse(user);
            if (parsed.isEmpty()) {
                err().println(notAUser(user));
                return ExitCodes.CONFIGURATION;
            }
            try (Doorway doorway = openDoorway()) {
                return call(parsed.get(), new SubjectRequests(doorway.stores().personalData(), doorway.clock()));
            }
        }

        abstract Integer call(Subject subject, SubjectRequests requests) throws IOException;
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write everything Doorway holds about USER as JSON (a subject access request).")
    static final class Export extends OnSubject {
        @Option(names = "--output", paramLabel = "FILE", description = "write to FILE instead of standard output")
        Path output;

        Export(Environment environment) {
            super(environment);
        }

        @Override
        Integer call(Subject subject, SubjectRequests requests) throws IOException {
            String json = JSON.writeValueAsString(requests.export(subject));
            if (output == null) {
                out().println(json);
            } else {
                Files.writeString(output, json + "\n");
                err().println("Wrote what Doorway holds about " + subject + " to " + output);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "erase", mixinStandardHelpOptions = true,
            description = "Remove or anonymise what Doorway holds about USER, keeping anonymous counts; recorded.")
    static final class Erase extends OnSubject {
        Erase(Environment environment) {
            super(environment);
        }

        @Override
        Integer call(Subject subject, SubjectRequests requests) {
            Map<String, Integer> changed = requests.erase(subject);
            out().println("Erased what Doorway held about " + subject + " (rows changed: " + changed + "). "
                    + "Recorded as " + subject.digest() + " in the data protection log. If they are a "
                    + "technologist, also remove them from the roster file and import it.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "retention", mixinStandardHelpOptions = true,
            description = "Apply the retention policy now (serve does it daily), or with --dry-run say what would go.")
    static final class RetentionRun extends DoorwaySubcommand {
        @Option(names = "--dry-run", description = "count what would be removed or anonymised, changing nothing")
        boolean dryRun;

        RetentionRun(Environment environment) {
            super(environment);
        }

        @Override
        public Integer call() {
            try (Doorway doorway = openDoorway()) {
                RetentionPolicy policy = doorway.settings().service().retention();
                Map<DataKind, Integer> changed = retention(doorway.stores().personalData(), policy, doorway.clock())
                        .run(dryRun);
                for (DataKind kind : DataKind.values()) {
                    out().println(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (older than "
                            + policy.days().get(kind) + " days, " + kind.variable()
                            + "): " + changed.get(kind) + (dryRun ? " rows would be removed or anonymised"
                                    : " rows removed or anonymised"));
                }
                if (dryRun) {
                    out().println("Nothing was changed (--dry-run).");
                }
                return ExitCodes.OK;
            }
        }
    }
}
