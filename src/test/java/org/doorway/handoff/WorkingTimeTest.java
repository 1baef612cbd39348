package org.doorway.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.handoff.HandoffFixture.technologist;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WorkingTimeTest {

    @Test
    void onDuty_usesTheTechnologistsOwnTimeZone() {
        Technologist newYork = technologist("Sam Lee").zone("America/New_York").build();
        // 13:30 UTC on a winter Monday is 08:30 in New York; 14:00 UTC is 09:00.
        assertThat(WorkingTime.onDuty(newYork, Instant.parse("2026-03-02T13:30:00Z"))).isFalse();
        assertThat(WorkingTime.onDuty(newYork, Instant.parse("2026-03-02T14:00:00Z"))).isTrue();
        assertThat(WorkingTime.onDuty(newYork, Instant.parse("2026-03-02T22:00:00Z"))).isFalse();
    }

    @Test
    void onDuty_endOfShiftIsExclusive() {
        Technologist alex = technologist("Alex Rivera").build();
        assertThat(WorkingTime.onDuty(alex, Instant.parse("2026-03-02T16:59:59Z"))).isTrue();
        assertThat(WorkingTime.onDuty(alex, Instant.parse("2026-03-02T17:00:00Z"))).isFalse();
    }

    @Test
    void onDuty_neverDuringAnAbsence() {
        Technologist alex = technologist("Alex Rivera").away("2026-03-02", "2026-03-03").build();
        assertThat(WorkingTime.onDuty(alex, Instant.parse("2026-03-02T10:00:00Z"))).isFalse();
        assertThat(WorkingTime.onDuty(alex, Instant.parse("2026-03-03T10:00:00Z"))).isFalse();
        assertThat(WorkingTime.onDuty(alex, Instant.parse("2026-03-04T10:00:00Z"))).isTrue();
    }

    @Test
    void onDuty_withSeveralShiftsADay() {
        Technologist split = technologist("Kim Park")
                .hours(DayOfWeek.MONDAY, new Shift(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new Shift(LocalTime.of(13, 0), LocalTime.of(17, 0)))
                .build();
        assertThat(WorkingTime.onDuty(split, Instant.parse("2026-03-02T11:00:00Z"))).isTrue();
        assertThat(WorkingTime.onDuty(split, Instant.parse("2026-03-02T12:30:00Z"))).isFalse();
        assertThat(WorkingTime.nextOnDuty(split, Instant.parse("2026-03-02T12:30:00Z")))
                .contains(Instant.parse("2026-03-02T13:00:00Z"));
    }

    @Test
    void nextOnDuty_acrossTheClockChange() {
        Technologist london = technologist("Alex Rivera").build();
        // Saturday 28 March 2026; clocks go forward on Sunday 29th, so Monday 09:00 BST is 08:00 UTC.
        assertThat(WorkingTime.nextOnDuty(london, Instant.parse("2026-03-28T12:00:00Z")))
                .contains(Instant.parse("2026-03-30T08:00:00Z"));
    }

    @Test
    void nextOnDuty_skipsAbsences() {
        Technologist alex = technologist("Alex Rivera").away("2026-03-02", "2026-03-06").build();
        assertThat(WorkingTime.nextOnDuty(alex, Instant.parse("2026-03-02T10:00:00Z")))
                .contains(Instant.parse("2026-03-09T09:00:00Z"));
    }

    @Test
    void nextOnDuty_isNowWhenOnDuty() {
        Technologist alex = technologist("Alex Rivera").build();
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        assertThat(WorkingTime.nextOnDuty(alex, now)).contains(now);
    }

    @Test
    void nextOnDuty_emptyWhenAwayLongerThanTheSearch() {
        Technologist alex = technologist("Alex Rivera").away("2026-03-01", "2026-06-30").build();
        assertThat(WorkingTime.nextOnDuty(alex, Instant.parse("2026-03-02T10:00:00Z"))).isEmpty();
    }
}
