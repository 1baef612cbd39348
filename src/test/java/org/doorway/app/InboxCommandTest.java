package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.doorway.inbox.InboundEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doorway inbox list|replay}, as an operator runs them, on the database a serving Doorway uses. */
class InboxCommandTest {
    @TempDir
    Path folder;

    @Test
    void list_onAFreshDatabase_saysNothingIsSetAside() {
        CommandRun list = CommandRun.of(folder, "", "inbox", "list");
        assertThat(list.code()).isEqualTo(ExitCodes.OK);
        assertThat(list.out()).contains("Nothing is set aside");
    }

    @Test
    void setAsideEvent_isListed_andReplayPutsItBackForTheRedeliveryJob() {
        Instant arrived = Instant.parse("2026-03-02T10:00:00Z");
        try (Doorway doorway = Doorway.open(Map.of("DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db")))) {
            InboundEvent event = InboundEvent.durable("slack:Ev42", arrived, "{\"kind\":\"message\"}");
            doorway.inbox().recordAll(List.of(event));
            doorway.database().run(() -> {
                doorway.inbox().markHandled(event.key(), arrived);
                doorway.setAside().setAside(event, "java.lang.IllegalStateException: a bug", arrived);
            });
            doorway.setAside().setAside(InboundEvent.once("slack:handoff:T1", arrived), "a bug", arrived);
        }

        CommandRun list = CommandRun.of(folder, "", "inbox", "list");
        assertThat(list.code()).isEqualTo(ExitCodes.OK);
        assertThat(list.out()).contains("slack:Ev42", "set aside 2026-03-02 10:00:00 UTC",
                "why: java.lang.IllegalStateException: a bug", "replay: doorway inbox replay slack:Ev42",
                "slack:handoff:T1", "replay: not possible", "2 events set aside");

        CommandRun replay = CommandRun.of(folder, "", "inbox", "replay", "slack:Ev42");
        assertThat(replay.code()).isEqualTo(ExitCodes.OK);
        assertThat(replay.out()).contains("Put slack:Ev42 back in the inbox");
        try (Doorway doorway = Doorway.open(Map.of("DATABASE_URL", "jdbc:sqlite:" + folder.resolve("doorway.db")))) {
            assertThat(doorway.inbox().pending("slack:", arrived.plus(Duration.ofDays(1)), 10))
                    .extracting(InboundEvent::key).containsExactly("slack:Ev42");
            assertThat(doorway.setAside().all()).extracting(entry -> entry.key()).containsExactly("slack:handoff:T1");
        }

        CommandRun again = CommandRun.of(folder, "", "inbox", "replay", "slack:Ev42");
        assertThat(again.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err()).contains("Nothing is set aside under 'slack:Ev42'", "doorway inbox list");
        CommandRun button = CommandRun.of(folder, "", "inbox", "replay", "slack:handoff:T1");
        assertThat(button.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(button.err()).contains("cannot be replayed");
    }
}
