package org.doorway.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.handoff.HandoffFixture.keyOf;
import static org.doorway.handoff.HandoffFixture.request;
import static org.doorway.handoff.HandoffFixture.technologist;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.doorway.conversation.Reply;
import org.doorway.conversation.TurnRetry;
import org.doorway.store.SqlTransience;
import org.doorway.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two technologists press "I've got this" on the team channel's post at the
 * same moment, through two wired instances sharing one database, each press
 * retried as the turn pipeline retries it: exactly one wins, the other is
 * told kindly who has it, and nobody's load counts it twice.
 */
class TeamChannelRaceTest {
    private static final int ROUNDS = 5;

    @TempDir
    static Path folder;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.all(folder).stream();
    }

    private final Technologist alex = technologist("Alex Rivera").build();
    private final Technologist sam = technologist("Sam Lee").unavailable().build();
    private final Technologist kim = technologist("Kim Park").unavailable().build();

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoSimultaneousPickUps_exactlyOneWins(TestDatabases.Kind kind) throws Exception {
        try (HandoffWorld world = new HandoffWorld(kind.open().get(), Optional.of("#learning-tech"))
                .withRoster(alex, sam, kim)) {
            HandoffFeature otherInstance = new HandoffFeature(world.database, world.roster, world.workloads,
                    world.handoffs, world.messenger, HandoffFixture.settings(Optional.of("#learning-tech")),
                    world.clock, java.time.ZoneId.of("Europe/London"));
            TurnRetry retry = TurnRetry.standard(new SqlTransience());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    String id = world.feature.desk().request(request(List.of(), List.of(), world.clock.instant()))
                            .handoffId();
                    world.clock.advance(Duration.ofMinutes(16));
                    world.feature.slaCheck().run();
                    String teamButton = world.messenger.teamPosts.get(round).summary().options().get(0).id();
                    assertThat(teamButton).isEqualTo("handoff:ack:" + id + ":team");

                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<String>> answers = new ArrayList<>();
                    for (Technologist clicker : List.of(sam, kim)) {
                        HandoffFeature instance = clicker == sam ? world.feature : otherInstance;
                        answers.add(pool.submit(() -> {
                            start.await();
                            return ((Reply.Text) retry.run("a pick-up", () -> instance.technologists()
                                    .press(keyOf(clicker), teamButton, "")).answer()).text();
                        }));
                    }
                    start.countDown();
                    List<String> said = new ArrayList<>();
                    for (Future<String> answer : answers) {
                        said.add(answer.get());
                    }

                    assertThat(said).filteredOn(text -> text.startsWith("It's yours")).hasSize(1);
                    assertThat(said).filteredOn(text -> text.endsWith("already has this one, so nothing changed."))
                            .hasSize(1);
                    Handoff handoff = world.handoff(id);
                    assertThat(handoff.state()).isEqualTo(Handoff.State.ACKNOWLEDGED);
                    assertThat(world.feature.desk().history(id)).filteredOn(entry ->
                            entry.event() == HistoryEntry.Event.ACKNOWLEDGED).hasSize(1);
                    world.clock.advance(Duration.ofMinutes(1));
                }
            } finally {
                pool.shutdown();
            }
            assertThat(world.open(alex)).isZero();
            assertThat(world.open(sam) + world.open(kim)).isEqualTo(ROUNDS);
        }
    }
}
