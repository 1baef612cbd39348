package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code doorway chat} with a follow-up: the job runs in the chat process, so after "This looks right" and
 * FOLLOW_UP_AFTER the follow-up shows in the session, and its choices are picked by label like any other:
 * the outcome, the comment, both consents, and the draft then listed by {@code case-studies}.
 */
class ChatFollowUpTest {
    private static final String PROBLEM = "About 180 first-year nursing students and total silence when I ask "
            + "the room a question";

    @TempDir
    Path folder;

    @Test
    void followUpArrivesInTheSession_andIsAnsweredThere() {
        Map<String, String> env = Map.of("DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db"),
                "FOLLOW_UP_AFTER", "PT1S", "FOLLOW_UP_HOURS", "always");
        StringWriter out = new StringWriter();
        InputStream typed = new WaitingInput(out, PROBLEM + "\nThis looks right\n", "How did it go?",
                "It worked\nShort polls every ten minutes woke them up\nYes, anonymously\nYes, they may\n");
        CommandRun chat = run(env, typed, out, "chat", "--user", "drlee");

        assertThat(chat.code()).as(chat.err()).isZero();
        assertThat(chat.out()).contains("doorway> Hello again! A while ago you looked at")
                .contains("How did it go?").contains("] It worked").contains("Wonderful, thank you!")
                .contains("Thanks, noted.").contains("Could colleagues learn from this?")
                .contains("get in touch with you").contains("Say \"forget my stories\" any time");
        assertThat(chat.out().indexOf("How did it go?")).isEqualTo(chat.out().lastIndexOf("How did it go?"));
        CommandRun listed = CommandRun.with(env, "", "case-studies", "list");
        assertThat(listed.out()).containsPattern("\\d+\\s+draft\\s+\\S+\\s+A colleague in Nursing used this with 180 students");

        CommandRun table = CommandRun.with(env, "", "report", "outcomes");
        assertThat(table.out()).contains("suggested", "response").containsPattern("\\s1\\s+1\\s+1\\s+1\\s+0\\s+0\\s+0\\s+100%");
        CommandRun json = CommandRun.with(env, "", "report", "outcomes", "--json");
        assertThat(json.out()).contains("\"accepted\" : 1", "\"followedUp\" : 1", "\"worked\" : 1",
                "\"responseRate\" : 1.0");
        String id = listed.out().strip().split("\\s+")[0];
        CommandRun rejected = CommandRun.with(env, "", "case-studies", "reject", id, "--reason", "Too little detail");
        assertThat(rejected.code()).as(rejected.err()).isZero();
        assertThat(CommandRun.with(env, "", "case-studies", "show", id).out()).contains("Too little detail");
        assertThat(CommandRun.with(env, "", "case-studies", "list").out()).doesNotContain("180 students");
        CommandRun missing = CommandRun.with(env, "", "case-studies", "publish", "99999");
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err() + missing.out()).contains("99999");
    }

    @Test
    void publishedStory_showsToTheNextTerminalUser_withTheColleagueButton_andItsClickAsksTheAuthorFirst() {
        Map<String, String> env = Map.of("DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db"),
                "FOLLOW_UP_AFTER", "PT1S", "FOLLOW_UP_HOURS", "always");
        StringWriter lee = new StringWriter();
        run(env, new WaitingInput(lee, PROBLEM + "\nThis looks right\n", "How did it go?",
                "It worked\nShort polls every ten minutes woke them up\nYes, anonymously\nYes, they may\n"), lee,
                "chat", "--user", "drlee");
        java.util.regex.Matcher draft = java.util.regex.Pattern.compile("(\\d+)\\s+draft\\s").matcher(
                CommandRun.with(env, "", "case-studies", "list").out());
        assertThat(draft.find()).isTrue();
        assertThat(CommandRun.with(env, "", "case-studies", "publish", draft.group(1)).code()).isZero();

        StringWriter out = new StringWriter();
        CommandRun kim = run(env, new ByteArrayInputStream((PROBLEM + "\nShow guides\nTalk to the colleague who "
                + "used it\n").getBytes(StandardCharsets.UTF_8)), out, "chat", "--user", "kim");
        assertThat(kim.out()).contains("A colleague in Nursing used this with 180 students", "Short polls")
                .contains("] Talk to the colleague who used it").contains("I've asked your colleague first")
                .contains("In Slack or Teams, drlee would now get this").contains("would like a word")
                .doesNotContain("How did it go?");
    }

    @Test
    void anotherTerminalUsersFollowUpIsLeftForThem() {
        Map<String, String> env = Map.of("DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db"),
                "FOLLOW_UP_AFTER", "PT1S", "FOLLOW_UP_HOURS", "always");
        StringWriter first = new StringWriter();
        run(env, new ByteArrayInputStream((PROBLEM + "\nThis looks right\n").getBytes(StandardCharsets.UTF_8)),
                first, "chat", "--user", "drlee");
        pause(1_500);
        StringWriter other = new StringWriter();
        CommandRun kim = run(env, new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8)), other,
                "chat", "--user", "kim");
        assertThat(kim.out()).doesNotContain("How did it go?");
        StringWriter back = new StringWriter();
        CommandRun lee = run(env, new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8)), back,
                "chat", "--user", "drlee");
        assertThat(lee.out()).contains("How did it go?");
    }

    private static CommandRun run(Map<String, String> env, InputStream in, StringWriter out, String... args) {
        var commandLine = Main.commandLine(new Environment(env, in));
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Typed lines: {@code first}, then (once the output shows {@code until}, or after a minute) {@code then}. */
    private static final class WaitingInput extends InputStream {
        private final StringWriter out;
        private final String until;
        private final ByteArrayInputStream first;
        private final ByteArrayInputStream then;

        WaitingInput(StringWriter out, String first, String until, String then) {
            this.out = out;
            this.until = until;
            this.first = new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8));
            this.then = new ByteArrayInputStream(then.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public int read() {
            int next = first.read();
            if (next >= 0) {
                return next;
            }
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!out.toString().contains(until) && System.nanoTime() < deadline) {
                pause(50);
            }
            return then.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int next = read();
            if (next < 0) {
                return -1;
            }
            buffer[offset] = (byte) next;
            return 1;
        }

        @Override
        public int available() {
            return first.available();
        }
    }
}
