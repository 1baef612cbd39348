package org.doorway.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.handoff.HandoffFixture.MONDAY_10_UTC;
import static org.doorway.handoff.HandoffFixture.technologist;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {
    private final Router router = new Router();
    private final Router.Wanted peerAssessment = new Router.Wanted(List.of("peerwise"), List.of("peer-assessment"));

    private Routing route(List<Technologist> roster, Map<String, Workload> loads) {
        return router.route(roster, loads, peerAssessment, Set.of(), technologist -> true, MONDAY_10_UTC);
    }

    private static String chosen(Routing routing) {
        assertThat(routing).isInstanceOf(Routing.Assigned.class);
        return ((Routing.Assigned) routing).technologist().name();
    }

    @Test
    void neverRoutesToSomeoneUnavailableOffShiftAbsentOrFull() {
        Technologist unavailable = technologist("A Unavailable").expertise("peerwise").unavailable().build();
        Technologist offShift = technologist("B Off Shift").expertise("peerwise").zone("America/New_York").build();
        Technologist absent = technologist("C Absent").expertise("peerwise").away("2026-03-01", "2026-03-03").build();
        Technologist full = technologist("D Full").expertise("peerwise").capacity(2).build();
        Technologist eligible = technologist("E Eligible").build();
        Map<String, Workload> loads = Map.of(full.id(), new Workload(full.id(), 2, Optional.empty()));

        Routing routing = route(List.of(unavailable, offShift, absent, full, eligible), loads);

        assertThat(chosen(routing)).isEqualTo("E Eligible");
    }

    @Test
    void nobodyAvailable_saysWhenTheNextPersonIsOnDuty() {
        Technologist newYork = technologist("Sam Lee").zone("America/New_York").build();
        Technologist unavailable = technologist("Kim Park").unavailable().build();

        Routing routing = route(List.of(newYork, unavailable), Map.of());

        // 09:00 in New York on Monday 2 March is 14:00 UTC; the unavailable person is not counted.
        assertThat(routing).isEqualTo(new Routing.NobodyAvailable(Optional.of(Instant.parse("2026-03-02T14:00:00Z"))));
    }

    @Test
    void toolExpertiseBeatsNeedExpertiseBeatsNone() {
        Technologist none = technologist("A None").build();
        Technologist need = technologist("B Need").expertise("peer-assessment").build();
        Technologist tool = technologist("C Tool").expertise("peerwise").build();

        assertThat(chosen(route(List.of(none, need, tool), Map.of()))).isEqualTo("C Tool");
        assertThat(chosen(route(List.of(none, need), Map.of()))).isEqualTo("B Need");
    }

    @Test
    void thenFewestOpen_thenLongestSinceLastAssignment_thenName() {
        Technologist busy = technologist("A Busy").expertise("peer-assessment").build();
        Technologist recent = technologist("B Recent").expertise("peer-assessment").build();
        Technologist earlier = technologist("C Earlier").expertise("peer-assessment").build();
        Technologist twin = technologist("D Twin").expertise("peer-assessment").build();
        Map<String, Workload> loads = Map.of(
                busy.id(), new Workload(busy.id(), 2, Optional.of(Instant.parse("2026-02-01T00:00:00Z"))),
                recent.id(), new Workload(recent.id(), 1, Optional.of(Instant.parse("2026-03-02T09:00:00Z"))),
                earlier.id(), new Workload(earlier.id(), 1, Optional.of(Instant.parse("2026-03-01T09:00:00Z"))),
                twin.id(), new Workload(twin.id(), 1, Optional.of(Instant.parse("2026-03-01T09:00:00Z"))));

        assertThat(chosen(route(List.of(busy, recent, earlier, twin), loads))).isEqualTo("C Earlier");
        assertThat(chosen(route(List.of(twin, busy, recent, earlier), loads))).isEqualTo("C Earlier");
    }

    @Test
    void reasonNamesTheExpertiseAndTheLoad() {
        Technologist alex = technologist("Alex Rivera").expertise("live-engagement", "peer-assessment").build();
        Map<String, Workload> loads = Map.of(alex.id(), new Workload(alex.id(), 1, Optional.empty()));

        Routing routing = route(List.of(alex), loads);

        assertThat(((Routing.Assigned) routing).reason()).isEqualTo("chosen for peer-assessment expertise; 1 open of 4");
    }

    @Test
    void excludedAndUnreachableAreSkipped() {
        Technologist passer = technologist("A Passer").expertise("peerwise").build();
        Technologist teamsOnly = technologist("B Teams Only").expertise("peerwise").build();
        Technologist other = technologist("C Other").build();

        Routing routing = router.route(List.of(passer, teamsOnly, other), Map.of(), peerAssessment,
                Set.of(passer.id()), technologist -> !technologist.name().equals("B Teams Only"), MONDAY_10_UTC);

        assertThat(chosen(routing)).isEqualTo("C Other");
        assertThat(((Routing.Assigned) routing).reason())
                .isEqualTo("chosen as the least busy of those free now, none with matching expertise; 0 open of 4");
    }
}
