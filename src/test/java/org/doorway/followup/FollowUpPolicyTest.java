package org.doorway.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorway.catalogue.NeedFit;
import org.doorway.catalogue.RankedTool;
import org.doorway.catalogue.Tool;
import org.doorway.config.Settings;
import org.junit.jupiter.api.Test;

/** When follow-ups are due, how settings are read, and how little one vote moves the ranking. */
class FollowUpPolicyTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final FollowUpHours OFFICE = new FollowUpHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0), LocalTime.of(17, 0));

    @Test
    void dueAfter_movesIntoWorkingHoursAndSkipsClosures() {
        FollowUpPolicy policy = new FollowUpPolicy(Duration.ofDays(14), OFFICE,
                Set.of(LocalDate.parse("2027-02-01")), LONDON);
        // Accepted on a Friday evening: fourteen days on is a Friday 18:00, so Monday 09:00 – a closure – then Tuesday.
        assertThat(policy.dueAfter(Instant.parse("2027-01-15T18:00:00Z")))
                .isEqualTo(Instant.parse("2027-02-02T09:00:00Z"));
        assertThat(policy.dueAfter(Instant.parse("2027-01-13T10:30:00Z")))
                .isEqualTo(Instant.parse("2027-01-27T10:30:00Z"));
        // British Summer Time: 09:00 in London is 08:00 UTC.
        assertThat(policy.dueAfter(Instant.parse("2027-06-01T05:00:00Z")))
                .isEqualTo(Instant.parse("2027-06-15T08:00:00Z"));
        assertThat(policy.open(Instant.parse("2027-01-16T12:00:00Z"))).as("a Saturday").isFalse();
    }

    @Test
    void settings_readDurationHoursAndClosures_andNameTheFixForEachMistake() {
        Settings.Loaded loaded = Settings.load(Map.of("FOLLOW_UP_AFTER", "PT30S", "FOLLOW_UP_HOURS",
                "tue-thu 10:00-16:30", "FOLLOW_UP_CLOSURES", "2026-12-24..2026-12-26, 2027-04-02"));
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.settings().followUp().after()).isEqualTo(Duration.ofSeconds(30));
        assertThat(loaded.settings().followUp().days())
                .containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThat(loaded.settings().followUp().closures()).hasSize(4);
        assertThat(Settings.load(Map.of()).settings().followUp().after()).isEqualTo(Duration.ofDays(14));

        Settings.Loaded wrong = Settings.load(Map.of("FOLLOW_UP_AFTER", "14 days", "FOLLOW_UP_HOURS", "9 to 5",
                "FOLLOW_UP_CLOSURES", "christmas"));
        assertThat(wrong.problems()).hasSize(3).anySatisfy(problem -> assertThat(problem)
                .startsWith("FOLLOW_UP_AFTER").contains("P14D")).anySatisfy(problem -> assertThat(problem)
                .startsWith("FOLLOW_UP_HOURS").contains("always")).anySatisfy(problem -> assertThat(problem)
                .startsWith("FOLLOW_UP_CLOSURES").contains("2026-12-24..2027-01-02"));
    }

    @Test
    void ranking_oneVoteReordersNothing_aClearRecordLiftsATiedTool() {
        List<RankedTool> catalogueOrder = List.of(ranked("alpha", 42), ranked("beta", 42), ranked("gamma", 30));
        OutcomeRanking.Ranking ranking = (offset, limit) -> catalogueOrder.subList(offset,
                Math.min(catalogueOrder.size(), offset + limit));

        OutcomeRanking oneVote = new OutcomeRanking(() -> List.of(tally("beta", 1, 0, 0)));
        assertThat(ids(oneVote.page("discussion", ranking, 0, 3))).containsExactly("alpha", "beta", "gamma");

        OutcomeRanking clear = new OutcomeRanking(() -> List.of(tally("beta", 6, 1, 0), tally("alpha", 0, 0, 3)));
        assertThat(ids(clear.page("discussion", ranking, 0, 3))).containsExactly("beta", "alpha", "gamma");
        assertThat(ids(clear.page("discussion", ranking, 1, 1))).containsExactly("alpha");

        OutcomeRanking overwhelming = new OutcomeRanking(() -> List.of(tally("gamma", 500, 0, 0)));
        assertThat(ids(overwhelming.page("discussion", ranking, 0, 3))).as("never past a stronger fit")
                .containsExactly("alpha", "beta", "gamma");
    }

    private static OutcomeTally tally(String tool, long worked, long partly, long notYet) {
        return new OutcomeTally(tool, "discussion", 10, 10, 10, worked, partly, notYet, 0);
    }

    private static RankedTool ranked(String id, double score) {
        NeedFit fit = new NeedFit("discussion", "fits", 3);
        Tool tool = new Tool(id, id, "", "https://x.example", List.of(fit), null, "", null, "", "", "", "", null,
                "", List.of(), List.of(), List.of(), null);
        return new RankedTool(tool, fit, score);
    }

    private static List<String> ids(List<RankedTool> ranked) {
        return ranked.stream().map(tool -> tool.tool().id()).toList();
    }
}
