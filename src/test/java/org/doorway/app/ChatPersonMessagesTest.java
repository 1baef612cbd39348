package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.doorway.TestClock;
import org.doorway.catalogue.Catalogue;
import org.doorway.console.ConsoleChat;
import org.doorway.console.ConsoleMessenger;
import org.doorway.conversation.ConversationKey;
import org.doorway.conversation.Reply;
import org.doorway.followup.Audience;
import org.doorway.followup.FollowUpHours;
import org.doorway.followup.FollowUpJob;
import org.doorway.followup.FollowUpPolicy;
import org.doorway.followup.FollowUpScheduler;
import org.doorway.followup.FollowUpTexts;
import org.doorway.followup.RequestLog;
import org.doorway.store.Database;
import org.doorway.store.JdbiFollowUps;
import org.doorway.store.JdbiRequests;
import org.doorway.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code doorway chat}'s follow-ups on a real database: one whose unit of work rolls back (its event could not
 * be written) is not shown, and shows once when the job claims it again and commits.
 */
class ChatPersonMessagesTest {
    private static final ConversationKey LEE = ConsoleChat.keyOf("drlee");
    private static final FollowUpPolicy POLICY = new FollowUpPolicy(Duration.ofSeconds(30), FollowUpHours.ALWAYS,
            Set.of(), ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    @Test
    void aFollowUpWhoseWriteRollsBack_isNotShown_andShowsOnceWhenClaimedAgain() {
        TestClock clock = TestClock.at("2027-01-20T10:00:00Z");
        try (Database database = TestDatabases.sqlite(folder)) {
            JdbiRequests requests = new JdbiRequests(database);
            long request = requests.open(LEE, "Quiet seminars with 40 students", clock.instant());
            requests.event(request, "suggested", "discussion: padlet, vevox", clock.instant());
            requests.event(request, "reaction", "looks right", clock.instant());
            Queue<Reply> later = new ConcurrentLinkedQueue<>();
            StringWriter others = new StringWriter();
            AtomicBoolean databaseFails = new AtomicBoolean(true);
            RequestLog log = (id, kind, detail, at) -> {
                if (databaseFails.getAndSet(false)) {
                    throw new IllegalStateException("the database went away");
                }
                requests.event(id, kind, detail, at);
            };
            JdbiFollowUps followUps = new JdbiFollowUps(database);
            FollowUpJob job = new FollowUpJob(new FollowUpScheduler(followUps, POLICY), followUps, database,
                    new ChatPersonMessages(LEE, later, new ConsoleMessenger(new PrintWriter(others)), database), log,
                    new FollowUpTexts(() -> new Catalogue(List.of(), List.of())), POLICY, clock,
                    Audience.person(LEE.platform(), LEE.user()));
            job.run(); // schedules the follow-up, due in 30 s

            clock.advance(Duration.ofSeconds(31));
            assertThatThrownBy(job::run).hasMessageContaining("went away");
            assertThat(later).as("nothing shown from a unit of work that rolled back").isEmpty();

            job.run();
            job.run();
            assertThat(later).singleElement().satisfies(reply ->
                    assertThat(((Reply.Choice) reply).prompt()).contains("How did it go?"));
            assertThat(others.toString()).isEmpty();
        }
    }
}
