package org.doorway.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doorway.handoff.DutySpan;
import org.doorway.handoff.Technologist;
import org.doorway.handoff.WorkingTime;

/**
 * When at least one technologist was rostered on, as sorted, merged spans
 * (from the roster's weekly hours and absences, through
 * {@link WorkingTime#spansOn}), so that a wait can be split into time someone
 * was on shift and time nobody was. Immutable.
 */
final class RosteredHours {
    private final List<DutySpan> spans;

    private RosteredHours(List<DutySpan> spans) {
        this.spans = spans;
    }

    /** The rostered time of {@code technologists} between two instants (a day either side for time zones). */
    static RosteredHours of(List<Technologist> technologists, Instant from, Instant to) {
        List<DutySpan> all = new ArrayList<>();
        LocalDate last = to.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
        for (Technologist technologist : technologists) {
            for (LocalDate day = from.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1); !day.isAfter(last);
                    day = day.plusDays(1)) {
                all.addAll(WorkingTime.spansOn(technologist, day));
            }
        }
        all.sort(Comparator.comparing(DutySpan::from));
        List<DutySpan> merged = new ArrayList<>();
        for (DutySpan span : all) {
            DutySpan previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && !span.from().isAfter(previous.to())) {
                if (span.to().isAfter(previous.to())) {
                    merged.set(merged.size() - 1, new DutySpan(previous.from(), span.to()));
                }
            } else {
                merged.add(span);
            }
        }
        return new RosteredHours(List.copyOf(merged));
    }

    /** How much of the time from {@code start} to {@code end} somebody was rostered on. */
    Duration within(Instant start, Instant end) {
        long millis = 0;
        for (int index = firstEndingAfter(start); index < spans.size(); index++) {
            DutySpan span = spans.get(index);
            if (!span.from().isBefore(end)) {
                break;
            }
            Instant from = span.from().isAfter(start) ? span.from() : start;
            Instant to = span.to().isBefore(end) ? span.to() : end;
            millis += Math.max(0, to.toEpochMilli() - from.toEpochMilli());
        }
        return Duration.ofMillis(millis);
    }

    private int firstEndingAfter(Instant at) {
        int low = 0;
        int high = spans.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (spans.get(middle).to().isAfter(at)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
