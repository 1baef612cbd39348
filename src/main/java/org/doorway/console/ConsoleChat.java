package org.doorway.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Inbound;
import org.doorway.conversation.Option;
import org.doorway.conversation.Reply;
import org.doorway.conversation.Turns;

/**
 * A chat in the terminal: each line is a message, or a choice by its number
 * or label. Works interactively and with piped input (one line per turn, ends
 * at end of input). Messages Doorway sends later (a follow-up) wait in
 * {@code later} and are shown before the next line is read, or at once by
 * {@link #showLater} from another thread; their choices can then be picked
 * like any other. One per terminal; {@link #showLater} may be called from
 * another thread.
 */
public final class ConsoleChat {
    public static final String PLATFORM = "console";

    private final Turns turns;
    private final ConsoleRenderer renderer = new ConsoleRenderer();
    private final ConversationKey key;
    private final String userName;
    private final Queue<Reply> later;
    private final Runnable checkLater;
    private List<Option> options = List.of();
    private PrintWriter out;
    private boolean prompt;

    public ConsoleChat(Turns turns, String user) {
        this(turns, user, new ConcurrentLinkedQueue<>(), () -> { });
    }

    /** With messages sent later arriving in {@code later}, after {@code checkLater} (the follow-up job) has run. */
    public ConsoleChat(Turns turns, String user, Queue<Reply> later, Runnable checkLater) {
        this.turns = turns;
        this.userName = user;
        this.key = keyOf(user);
        this.later = later;
        this.checkLater = checkLater;
    }

    /** Where a terminal user's conversation is, to address them later. */
    public static ConversationKey keyOf(String user) {
        return new ConversationKey(PLATFORM, user, "terminal");
    }

    /** Runs until end of input or "quit"; {@code prompt} shows "you>" for a person at a keyboard. */
    public void run(BufferedReader in, PrintWriter out, String greeting, boolean prompt) throws IOException {
        synchronized (this) {
            this.out = out;
            this.prompt = prompt;
        }
        out.println(greeting);
        out.flush();
        while (true) {
            checkLater.run();
            showLater();
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
        // Recorded in the inbox first, as every platform's events are: a line that fails for good is set aside
        // where 'doorway inbox list' shows it.
        turns.take(key.platform() + ":" + UUID.randomUUID(), inbound, answer -> {
            said.clear();
            said.addAll(answer.said());
        });
        return said;
    }

    synchronized Inbound inbound(String line) {
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

    /** Shows the messages waiting in {@code later}, if any; from any thread once {@link #run} has begun. */
    public synchronized void showLater() {
        if (out == null || later.isEmpty()) {
            return;
        }
        List<Reply> waiting = new ArrayList<>();
        for (Reply reply = later.poll(); reply != null; reply = later.poll()) {
            waiting.add(reply);
        }
        if (prompt) {
            out.println();
        }
        say(waiting, out);
        if (prompt) {
            out.print("you> ");
            out.flush();
        }
    }

    private synchronized void say(List<Reply> replies, PrintWriter out) {
        List<Option> numbered = new ArrayList<>();
        for (Reply reply : replies) {
            out.print("doorway> ");
            out.println(renderer.render(reply, numbered));
        }
        if (!numbered.isEmpty()) {
            options = List.copyOf(numbered); // a reply without choices ("Thanks, noted.") leaves the last ones, as a chat's buttons stay
        }
        out.flush();
    }

    private static boolean isQuit(String line) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        return word.equals("quit") || word.equals("exit") || word.equals("bye");
    }
}
