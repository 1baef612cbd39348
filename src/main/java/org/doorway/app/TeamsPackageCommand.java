package org.doorway.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.doorway.DoorwayException;
import org.doorway.teams.TeamsAppPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Builds the zip an institution uploads to Teams, with its own app id and host. */
@Command(name = "teams-package", mixinStandardHelpOptions = true,
        description = "Build the Teams app package (manifest and icons) to upload in Teams or the Teams admin "
                + "center. See docs/teams.md.")
final class TeamsPackageCommand extends DoorwaySubcommand {
    TeamsPackageCommand(Environment environment) {
        super(environment);
    }


    @Option(names = "--app-id", required = true, description = "The bot's Microsoft App ID (TEAMS_APP_ID).")
    String appId;

    @Option(names = "--host", required = true, description = "Where Doorway is served, e.g. doorway.example.ac.uk.")
    String host;

    @Option(names = "--out", defaultValue = "doorway-teams.zip",
            description = "The zip to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--app-version", defaultValue = "1.0.0",
            description = "The app's version; raise it for every re-upload (default: ${DEFAULT-VALUE}).")
    String appVersion;

    @Option(names = "--privacy-url", description = "Your privacy notice (default: https://<host>/).")
    String privacyUrl;

    @Option(names = "--terms-url", description = "Your terms of use (default: https://<host>/).")
    String termsUrl;

    @Override
    public Integer call() {
        TeamsAppPackage.Details details = new TeamsAppPackage.Details(appId, host, appVersion,
                Optional.ofNullable(privacyUrl), Optional.ofNullable(termsUrl));
        List<String> problems = TeamsAppPackage.problems(details);
        if (!problems.isEmpty()) {
            problems.forEach(problem -> err().println("doorway: " + problem));
            return ExitCodes.BAD_INPUT;
        }
        try {
            Files.write(out, TeamsAppPackage.build(details));
        } catch (IOException failure) {
            throw new DoorwayException("cannot write " + out.toAbsolutePath() + ": " + failure.getMessage()
                    + ". Choose another --out", failure);
        }
        out().println("Wrote " + out.toAbsolutePath() + ". Upload it in Teams (Apps > Manage "
                + "your apps > Upload an app) or in the Teams admin center; see docs/teams.md.");
        return ExitCodes.OK;
    }
}
