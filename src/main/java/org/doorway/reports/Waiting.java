package org.doorway.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorway.handoff.Technologist;

/**
 * Time to first human response (handoff to first pick-up), split into the
 * part when somebody was rostered on and the part when nobody was; SLA moves
 * and requests that reached the team channel.
 */
final class Waiting {
    /** Without a roster every wait is "off shift", which says nothing: say why instead. */
    static final String NO_ROSTER = "no technologists on the roster (import them: doorway roster import FILE)";
    private Waiting() {}

    static List<Section> sections(List<RequestStory> stories, List<Technologist> technologists) {
        List<RequestStory> answered = stories.stream().filter(story -> story.firstResponseAt().isPresent()).toList();
        Instant first = answered.stream().map(story -> story.handedOffAt().orElseThrow()).min(Instant::compareTo)
                .orElse(Instant.EPOCH);
        Instant last = answered.stream().map(story -> story.firstResponseAt().orElseThrow()).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        RosteredHours hours = RosteredHours.of(technologists, first, last);
        List<Long> rostered = new ArrayList<>();
        List<Long> wall = new ArrayList<>();
        List<Long> overnight = new ArrayList<>();
        long outside = 0;
        for (RequestStory story : answered) {
            Instant from = story.handedOffAt().orElseThrow();
            Instant to = story.firstResponseAt().orElseThrow();
            long total = Duration.between(from, to).toMillis();
            long on = hours.within(from, to).toMillis();
            rostered.add(on);
            wall.add(total);
            outside += total - on;
            if (total > on) {
                overnight.add(story.id());
            }
        }
        Section response = new Section("response", "Time to first human response", "From the handoff to the first "
                + "pick-up, counted in rostered hours; time when nobody was on shift is shown apart.", List.of(
                Figures.where("answered", "Handoffs picked up", stories, story -> story.firstResponseAt().isPresent()),
                Figures.where("waiting", "Handoffs not picked up yet", stories,
                        story -> story.handedOff() && story.firstResponseAt().isEmpty()),
                new Figure("out-of-hours", "Waits that included time nobody was on shift", overnight)), List.of(
                new Section.Measure("Median (p50), rostered hours", technologists.isEmpty() ? NO_ROSTER
                        : Durations.words(Durations.percentile(rostered, 50))),
                new Section.Measure("p90, rostered hours", technologists.isEmpty() ? NO_ROSTER
                        : Durations.words(Durations.percentile(rostered, 90))),
                new Section.Measure("Median (p50), clock time", Durations.words(Durations.percentile(wall, 50))),
                new Section.Measure("p90, clock time", Durations.words(Durations.percentile(wall, 90))),
                new Section.Measure("Waiting while nobody was on shift, in all",
                        Durations.words(answered.isEmpty() ? -1 : outside))));
        Section escalation = new Section("escalation", "SLA moves and the team channel", "Handoffs nobody picked up "
                + "in time, so Doorway moved them on.", List.of(
                Figures.where("sla-moved", "Moved on after the SLA passed", stories, story -> story.slaMoves() > 0),
                Figures.where("team-channel", "Reached the team channel", stories, RequestStory::teamChannel)),
                List.of(new Section.Measure("SLA moves in all", String.valueOf(
                        stories.stream().mapToInt(RequestStory::slaMoves).sum()))));
        return List.of(response, escalation);
    }
}
