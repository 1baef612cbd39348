package org.doorway.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weeks on the axis read as term weeks where the institution gives its terms. */
class TermDatesTest {
    private static final List<TermDates> TERMS = List.of(
            new TermDates("Autumn 2026", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 11)),
            new TermDates("Spring 2027", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 26)));

    @Test
    void aWeekInTerm_isNumberedFromTheWeekTheTermStarts() {
        assertThat(TermDates.label(LocalDate.of(2026, 9, 28), TERMS)).isEqualTo("Autumn 2026, week 1 (from 2026-09-28)");
        assertThat(TermDates.label(LocalDate.of(2026, 10, 12), TERMS)).isEqualTo("Autumn 2026, week 3 (from 2026-10-12)");
        assertThat(TermDates.label(LocalDate.of(2027, 3, 22), TERMS)).isEqualTo("Spring 2027, week 11 (from 2027-03-22)");
    }

    @Test
    void aWeekBetweenTerms_saysSo_andWithoutTermsWeeksAreDates() {
        assertThat(TermDates.label(LocalDate.of(2026, 12, 21), TERMS)).isEqualTo("Week of 2026-12-21 (outside term)");
        assertThat(TermDates.label(LocalDate.of(2026, 12, 21), List.of())).isEqualTo("Week of 2026-12-21");
    }

    @Test
    void aTermThatEndsBeforeItStarts_isRefused() {
        assertThatThrownBy(() -> new TermDates("Odd", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)))
                .hasMessageContaining("ends (2026-04-01) before it starts");
    }
}
