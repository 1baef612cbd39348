package org.doorway.app;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.doorway.admin.ApiToken;
import org.doorway.admin.ApiTokens;
import org.doorway.admin.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code admin token create|list|revoke}: bearer tokens for the admin JSON API at /api/admin/v1. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Bearer tokens for the admin JSON API (/api/admin/v1): create, list, revoke.",
        subcommands = {TokenCommand.Create.class, TokenCommand.List.class, TokenCommand.Revoke.class})
final class TokenCommand extends DoorwaySubcommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    TokenCommand(Environment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return ExitCodes.OK;
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Make a token and print it once: only its hash is kept.")
    static final class Create extends DoorwaySubcommand {
        @Option(names = "--role", required = true, description = "admin, technologist or viewer")
        String role;

        @Option(names = "--name", description = "what it is for, e.g. catalogue-sync (shown in 'list' and the audit log)")
        String name;

        Create(Environment environment) {
            super(environment);
        }

        @Override
        public Integer call() {
            Optional<Role> parsed = Role.parse(role);
            if (parsed.isEmpty()) {
                err().println("--role is '" + role + "': use admin, technologist or viewer");
                return ExitCodes.BAD_INPUT;
            }
            if (name != null && (name.isBlank() || name.strip().length() > 100)) {
                err().println("--name must be 1 to 100 characters, e.g. --name catalogue-sync");
                return ExitCodes.BAD_INPUT;
            }
            try (Doorway doorway = openDoorway()) {
                ApiTokens.Issued issued = AdminWiring.tokens(doorway.stores(), doorway.clock())
                        .create(parsed.get(), name);
                out().println(issued.token());
                err().println("Token " + issued.id() + " (" + issued.name() + ", " + issued.role().wireName()
                        + "). Copy it now: it is not shown again. Send it as 'Authorization: Bearer <token>'; "
                        + "revoke it with 'doorway admin token revoke " + issued.id() + "'.");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (never the tokens themselves).")
    static final class List extends DoorwaySubcommand {
        List(Environment environment) {
            super(environment);
        }

        @Override
        public Integer call() {
            try (Doorway doorway = openDoorway()) {
                java.util.List<ApiToken> tokens = AdminWiring.tokens(doorway.stores(), doorway.clock()).list();
                java.time.ZoneId zone = doorway.settings().zone();
                if (tokens.isEmpty()) {
                    out().println("No tokens. Make one with: doorway admin token create --role viewer --name NAME");
                }
                for (ApiToken token : tokens) {
                    out().println(token.id() + "\t" + token.role().wireName() + "\t" + token.name() + "\tcreated "
                            + WHEN.format(token.createdAt().atZone(zone))
                            + token.lastUsedAt().map(at -> "\tlast used " + WHEN.format(at.atZone(zone)))
                                    .orElse("\tnever used")
                            + token.revokedAt().map(at -> "\tREVOKED " + WHEN.format(at.atZone(zone)))
                                    .orElse(""));
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token at once.")
    static final class Revoke extends DoorwaySubcommand {
        @Parameters(paramLabel = "ID", description = "the token's number, from 'doorway admin token list'")
        long id;

        Revoke(Environment environment) {
            super(environment);
        }

        @Override
        public Integer call() {
            try (Doorway doorway = openDoorway()) {
                if (!AdminWiring.tokens(doorway.stores(), doorway.clock()).revoke(id)) {
                    err().println("There is no token " + id + " that is not already revoked: see 'doorway admin token list'");
                    return ExitCodes.BAD_INPUT;
                }
                out().println("Token " + id + " revoked: it is refused from now on.");
            }
            return ExitCodes.OK;
        }
    }
}
