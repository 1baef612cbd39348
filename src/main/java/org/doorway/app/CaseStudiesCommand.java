package org.doorway.app;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorway.followup.CaseStudyReview;
import org.doorway.followup.Story;
import org.doorway.Transactions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code case-studies list|show|publish|reject}: an admin reviews the case
 * studies Doorway drafted from follow-ups. Published ones show under
 * suggestions at once.
 */
@Command(name = "case-studies", mixinStandardHelpOptions = true,
        description = "Review case studies drafted from staff follow-ups (see docs/follow-ups.md).",
        subcommands = {CaseStudiesCommand.ListDrafts.class, CaseStudiesCommand.Show.class,
            CaseStudiesCommand.Publish.class, CaseStudiesCommand.Reject.class})
final class CaseStudiesCommand extends DoorwaySubcommand {
    CaseStudiesCommand(Environment environment) {
        super(environment);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return ExitCodes.OK;
    }

    static CaseStudyReview review(Stores stores, Transactions transactions, Clock clock) {
        return new CaseStudyReview(stores.caseStudyDrafts(), transactions, stores.requests()::event, clock);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List case studies, newest first: drafts waiting for review unless --all or --state.")
    static final class ListDrafts extends DoorwaySubcommand {
        @Option(names = "--state", paramLabel = "STATE", description = "draft (default), published, rejected, withdrawn")
        String state = "draft";

        @Option(names = "--all", description = "every state")
        boolean all;

        ListDrafts(Environment environment) {
            super(environment);
        }

        @Override
        public Integer call() {
            Optional<Story.State> wanted = Optional.empty();
            if (!all) {
                try {
                    wanted = Optional.of(Story.State.valueOf(state.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException unknown) {
                    err().println("doorway: no state '" + state + "': use draft, published, rejected or withdrawn");
                    return ExitCodes.BAD_INPUT;
                }
            }
            try (Doorway doorway = openDoorway()) {
                List<Story> stories = review(doorway.stores(), doorway.database(), doorway.clock()).list(wanted);
                if (stories.isEmpty()) {
                    out().println(all ? "No case studies yet." : "No " + state + " case studies.");
                }
                stories.forEach(story -> out().println(CaseStudyLines.line(story)));
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one case study in full.")
    static final class Show extends DoorwaySubcommand {
        @Parameters(paramLabel = "ID")
        long id;

        Show(Environment environment) {
            super(environment);
        }

        @Override
        public Integer call() {
            try (Doorway doorway = openDoorway()) {
                Optional<Story> story = review(doorway.stores(), doorway.database(), doorway.clock()).find(id);
                story.ifPresent(found -> out().println(CaseStudyLines.full(found)));
                return story.isPresent() ? ExitCodes.OK : notFound(this, id);
            }
        }
    }

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = "Publish a draft: it shows under suggestions for its tool and need at once.")
    static final class Publish extends DoorwaySubcommand {
        @Parameters(paramLabel = "ID")
        long id;

        Publish(Environment environment) {
            super(environment);
        }

        @Override
        public Integer call() {
            return decide(this, id, Story.State.PUBLISHED, "");
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Turn a draft down; it is never shown.")
    static final class Reject extends DoorwaySubcommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--reason", paramLabel = "TEXT", description = "why, kept with the case study")
        String reason = "";

        Reject(Environment environment) {
            super(environment);
        }

        @Override
        public Integer call() {
            return decide(this, id, Story.State.REJECTED, reason);
        }
    }

    private static int decide(DoorwaySubcommand command, long id, Story.State to, String reason) {
        try (Doorway doorway = command.openDoorway()) {
            CaseStudyReview.Decision decision = review(doorway.stores(), doorway.database(), doorway.clock())
                    .decide(id, to,
                    "command line (" + System.getProperty("user.name", "unknown") + ")", reason);
            (decision.changed() ? command.out() : command.err()).println(decision.message());
            return decision.changed() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }

    private static int notFound(DoorwaySubcommand command, long id) {
        command.err().println("doorway: no case study " + id + ": 'doorway case-studies list --all' shows them");
        return ExitCodes.BAD_INPUT;
    }
}
