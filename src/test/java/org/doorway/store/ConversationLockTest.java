package org.doorway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.doorway.conversation.ConversationKey;
import org.doorway.intake.ConversationState;
import org.junit.jupiter.api.Test;

/**
 * Two turns of one conversation at once on PostgreSQL (two instances, say):
 * the second waits for the first and reads what it saved, so neither undoes
 * the other; also for a conversation that has no row yet. (SQLite has one
 * writer; its turns never overlap.)
 */
class ConversationLockTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final ConversationKey KEY = new ConversationKey("slack", "U1", "D1");

    @Test
    void a_second_turn_reads_what_the_first_saved() throws Exception {
        assumeTrue(TestDatabases.postgresUrl().isPresent(), "PostgreSQL only: set DOORWAY_TEST_POSTGRES");
        try (Database database = TestDatabases.postgres(TestDatabases.postgresUrl().get())) {
            JdbiConversations conversations = new JdbiConversations(database);
            CountDownLatch firstRead = new CountDownLatch(1);
            CountDownLatch secondStarted = new CountDownLatch(1);
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> database.run(() -> {
                assertThat(conversations.find(KEY)).isEmpty();
                firstRead.countDown();
                await(secondStarted);
                sleep(300); // the second turn is now waiting on the lock, if there is one
                conversations.save(KEY, ConversationState.fresh(NOW).withProblem("talk to a person"));
            }));
            assertThat(firstRead.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> database.inTransaction(() -> {
                secondStarted.countDown();
                String seen = conversations.find(KEY).map(ConversationState::problem).orElse("nothing");
                conversations.save(KEY, ConversationState.fresh(NOW).withProblem(seen + ", then the problem"));
                return seen;
            }));

            first.get(20, TimeUnit.SECONDS);
            assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo("talk to a person");
            assertThat(conversations.find(KEY).map(ConversationState::problem))
                    .contains("talk to a person, then the problem");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
