package org.doorway.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Turns;

/**
 * A chat in the terminal: each line is a message, or a choice by its number
 * or label. Works interactively and with piped input (one line per turn, ends
 * at end of input). Not thread-safe: one per terminal.
 */
public final class ConsoleChat {
    public static final String PLATFORM = "console";

    private final Turns turns;
    private final ConsoleRenderer renderer = new ConsoleRenderer();
    private final ConversationKey key;
    private final String userName;
    private List<Option> options = List.of();

    public ConsoleChat(Turns turns, String user) {
        this.turns = turns;
        this.userName = user;
        this.key = new ConversationKey(PLATFORM, user, "terminal");
    }

    /** Runs until end of input or "quit"; {@code prompt} shows "you>" for a person at a keyboard. */
    public void run(BufferedReader in, PrintWriter out, String greeting, boolean prompt) throws IOException {
        out.println(greeting);
        out.flush();
        while (true) {
            if (prompt) {
                out.print("you> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null || isQuit(line)) {
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            if (!prompt) {
                out.println("you> " + ConsoleRenderer.clean(line));
            }
            say(turn(inbound(line.strip())), out);
        }
        out.flush();
    }

    /** One turn of the pipeline, as on every platform: the replies of the attempt that committed. */
    private List<Reply> turn(Inbound inbound) {
        List<Reply> said = new ArrayList<>();
        turns.take(inbound, answer -> {
            said.clear();
            said.addAll(answer.said());
        });
        return said;
    }

    Inbound inbound(String line) {
        Optional<Option> chosen = choice(line);
        return chosen.<Inbound>map(option -> new Inbound.Action(key, userName, option.id()))
                .orElseGet(() -> new Inbound.Message(key, userName, line));
    }

    private Optional<Option> choice(String line) {
        if (line.matches("\\d{1,2}")) {
            int number = Integer.parseInt(line);
            return number >= 1 && number <= options.size() ? Optional.of(options.get(number - 1)) : Optional.empty();
        }
        String words = line.toLowerCase(Locale.ROOT);
        return options.stream().filter(option -> option.label().toLowerCase(Locale.ROOT).equals(words)).findFirst();
    }

    private void say(List<Reply> replies, PrintWriter out) {
        List<Option> numbered = new ArrayList<>();
        for (Reply reply : replies) {
            out.print("doorway> ");
            out.println(renderer.render(reply, numbered));
        }
        options = List.copyOf(numbered);
        out.flush();
    }

    private static boolean isQuit(String line) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        return word.equals("quit") || word.equals("exit") || word.equals("bye");
    }
}
