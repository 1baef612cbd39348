package org.doorway.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.doorway.console.ConsoleChat;
import org.doorway.console.ConsoleMessenger;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.followup.Audience;
import org.doorway.followup.FollowUpJob;
import org.doorway.followup.PersonMessages;
import org.doorway.handoff.HolderMessenger;
import org.doorway.handoff.QueueWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chat}: Doorway's conversation in the terminal, on the same database and catalogue as {@code serve}.
 * The follow-up job runs here too, for this user only (a serving Doorway leaves terminal users' follow-ups
 * alone): before each line is read and every few seconds, so a follow-up shows in the session when it is due.
 */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Talk to Doorway in the terminal. Type a problem, a choice's number or label; 'quit' ends. "
                + "Lines piped on stdin are taken one per turn.")
final class ChatCommand extends DoorwaySubcommand {
    private static final Logger log = LoggerFactory.getLogger(ChatCommand.class);
    /** How often a waiting terminal looks for a follow-up that has fallen due. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(2);

    @Option(names = "--user", defaultValue = "${sys:user.name:-you}", description = "Who you are (default: ${DEFAULT-VALUE}).")
    String user;

    ChatCommand(Environment environment) {
        super(environment);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        try (Doorway doorway = openDoorway()) {
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                    DaemonThreads.named("chat-follow-ups"));
            ConsoleMessenger messenger = new ConsoleMessenger(out);
            ConversationKey me = ConsoleChat.keyOf(user);
            Queue<Reply> later = new ConcurrentLinkedQueue<>();
            PersonMessages followUpMessages = new ChatPersonMessages(me, later, messenger, doorway.database());
            Doorway.Conversation conversation = doorway.conversation(messenger, new ToldIntroductions(),
                    Audience.person(me.platform(), me.user()), followUpMessages, HolderMessenger.NONE, QueueWatch.NONE);
            FollowUpJob followUps = conversation.followUps();
            boolean interactive = System.console() != null && environment.in() == System.in;
            ConsoleChat chat = new ConsoleChat(conversation.turns(), user, later, () -> check(followUps));
            timer.scheduleWithFixedDelay(() -> {
                check(followUps);
                chat.showLater();
            }, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            try {
                chat.run(new BufferedReader(new InputStreamReader(environment.in(), StandardCharsets.UTF_8)), out,
                        "Doorway: tell me about a teaching problem in your own words. Type 'help' for help, 'quit' "
                                + "to leave.", interactive);
            } finally {
                timer.shutdownNow(); // before the database closes under it
                timer.awaitTermination(5, TimeUnit.SECONDS);
            }
        }
        return ExitCodes.OK;
    }

    /** A failed look is tried again at the next line or tick; the chat goes on. */
    private static void check(FollowUpJob followUps) {
        try {
            followUps.run();
        } catch (RuntimeException failed) {
            log.warn("Could not look for due follow-ups ({}); trying again shortly", failed.toString());
        }
    }
}
