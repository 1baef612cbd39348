package org.doorway.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.handoff.HandoffFixture.request;
import static org.doorway.handoff.HandoffFixture.technologist;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.doorway.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Many requests at the same moment, from two wired instances sharing one database, never exceed anyone's capacity. */
class HandoffConcurrencyTest {
    @TempDir
    static Path folder;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.all(folder).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void fiftySimultaneousRequests_neverPushAnyoneOverCapacity(TestDatabases.Kind kind) throws Exception {
        List<Technologist> roster = List.of(technologist("Alex Rivera").capacity(2).build(),
                technologist("Sam Lee").capacity(2).build(), technologist("Kim Park").capacity(2).build());
        try (HandoffWorld world = new HandoffWorld(kind.open().get(), Optional.empty())) {
            world.withRoster(roster.toArray(Technologist[]::new));
            HandoffFeature otherInstance = new HandoffFeature(world.database, world.roster, world.workloads,
                    world.handoffs, world.messenger, HandoffFixture.settings(Optional.empty()), world.clock,
                    ZoneId.of("Europe/London"));
            ExecutorService pool = Executors.newFixedThreadPool(16);
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<HandoffTicket>> requests = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                HandoffFeature instance = i % 2 == 0 ? world.feature : otherInstance;
                requests.add(() -> {
                    start.await();
                    return instance.desk().request(request(List.of(), List.of(), world.clock.instant()));
                });
            }
            List<Future<HandoffTicket>> results = new ArrayList<>();
            requests.forEach(request -> results.add(pool.submit(request)));
            start.countDown();
            List<HandoffTicket> tickets = new ArrayList<>();
            for (Future<HandoffTicket> result : results) {
                tickets.add(result.get());
            }
            pool.shutdown();

            assertThat(tickets).filteredOn(ticket -> ticket instanceof HandoffTicket.Assigned).hasSize(6);
            assertThat(tickets).filteredOn(ticket -> ticket instanceof HandoffTicket.Queued).hasSize(44);
            Map<String, Long> offeredPerTechnologist = world.database.withHandle(handle -> handle.createQuery(
                            "SELECT technologist_id FROM handoffs WHERE state = 'OFFERED'")
                    .mapTo(String.class).list()).stream()
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            assertThat(offeredPerTechnologist).containsOnlyKeys(roster.stream().map(Technologist::id).toList())
                    .allSatisfy((id, open) -> assertThat(open).isEqualTo(2L));
            roster.forEach(technologist -> assertThat(world.open(technologist)).isEqualTo(2));
        }
    }
}
