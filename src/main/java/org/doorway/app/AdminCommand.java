package org.doorway.app;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.doorway.admin.AdminUser;
import org.doorway.admin.Role;
import org.doorway.admin.SignInLinks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code admin link}: the admin console's sign-in without single sign-on, and its break-glass. */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "The admin console at /admin: a one-time sign-in link; tokens for the JSON API.",
        subcommands = {AdminCommand.Link.class, TokenCommand.class})
final class AdminCommand extends DoorwaySubcommand {
    AdminCommand(Environment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return ExitCodes.OK;
    }

    @Command(name = "link", mixinStandardHelpOptions = true,
            description = "Print a sign-in link for the admin console: it works once, for 15 minutes.")
    static final class Link extends DoorwaySubcommand {
        @Option(names = "--email", required = true, description = "who signs in; the audit log names them by it")
        String email;

        @Option(names = "--role", required = true, description = "admin, technologist or viewer")
        String role;

        Link(Environment environment) {
            super(environment);
        }

        @Override
        public Integer call() {
            Optional<Role> parsed = Role.parse(role);
            if (parsed.isEmpty()) {
                err().println("--role is '" + role + "': use admin, technologist or viewer");
                return ExitCodes.BAD_INPUT;
            }
            String address = email.trim();
            if (address.length() > 320 || !address.matches("[^@\\s]+@[^@\\s]+")) {
                err().println("--email is '" + email + "': give the person's email address, e.g. alex@uni.example");
                return ExitCodes.BAD_INPUT;
            }
            try (Doorway doorway = openDoorway()) {
                SignInLinks.Issued issued = AdminWiring.links(doorway.stores(), doorway.clock())
                        .issue(new AdminUser(address, parsed.get()));
                out().println(doorway.settings().admin().base() + "/admin/sign-in/link?token=" + issued.token());
                out().println("Works once, until " + DateTimeFormatter.ofPattern("HH:mm z")
                        .format(issued.expiresAt().atZone(doorway.settings().zone())) + ", for " + address + " as "
                        + parsed.get().wireName() + ". Send it privately: whoever opens it signs in.");
            }
            return ExitCodes.OK;
        }
    }
}
