package org.doorway.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.doorway.console.ConsoleChat;
import org.doorway.console.ConsoleMessenger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chat}: Doorway's conversation in the terminal, on the same database and catalogue as {@code serve}. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Talk to Doorway in the terminal. Type a problem, a choice's number or label; 'quit' ends. "
                + "Lines piped on stdin are taken one per turn.")
final class ChatCommand extends DoorwaySubcommand {

    @Option(names = "--user", defaultValue = "${sys:user.name:-you}", description = "Who you are (default: ${DEFAULT-VALUE}).")
    String user;

    ChatCommand(Environment environment) {

        super(environment);

    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        try (Doorway doorway = openDoorway()) {
            Doorway.Conversation conversation = doorway.conversation(new ConsoleMessenger(out));
            boolean interactive = System.console() != null && environment.in() == System.in;
            new ConsoleChat(conversation.turns(), user).run(
                    new BufferedReader(new InputStreamReader(environment.in(), StandardCharsets.UTF_8)), out,
                    "Doorway: tell me about a teaching problem in your own words. Type 'help' for help, 'quit' to "
                            + "leave.", interactive);
        }
        return ExitCodes.OK;
    }
}
