package org.doorway.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Folds the event log, in the order it was written, into one
 * {@link RequestStory} per request opened in the filter's range (and on its
 * platform). Events of any other request are skipped. Not thread-safe: one
 * fold per report.
 */
final class StoryFold implements Consumer<ConversationEvent> {
    private final ReportFilter filter;
    private final Instant start;
    private final Instant end;
    private final Map<Long, Builder> requests = new LinkedHashMap<>();

    StoryFold(ReportFilter filter) {
        this.filter = filter;
        this.start = filter.start();
        this.end = filter.end();
    }

    @Override
    public void accept(ConversationEvent event) {
        if (event.kind().equals(EventKinds.OPENED)) {
            if (!event.at().isBefore(start) && event.at().isBefore(end)
                    && filter.platform().map(event.platform()::equals).orElse(true)) {
                requests.computeIfAbsent(event.requestId(), Builder::new).add(event);
            }
            return;
        }
        Builder builder = requests.get(event.requestId());
        if (builder != null) {
            builder.add(event);
        }
    }

    /** Every request's story, once the log has been read. */
    List<RequestStory> stories() {
        return requests.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {
        final long id;
        Instant openedAt;
        String platform;
        String staffKey;
        String classifiedNeed;
        String chosenNeed;
        boolean fault;
        boolean unsure;
        boolean noTools;
        boolean suggested;
        boolean accepted;
        boolean rejected;
        Instant handedOffAt;
        Instant firstResponseAt;
        boolean closed;
        boolean reopened;
        int slaMoves;
        boolean teamChannel;
        final List<RequestStory.TechnologistStep> steps = new ArrayList<>();
        String holder;
        boolean followedUp;
        final List<RequestStory.ToolOutcome> outcomes = new ArrayList<>();

        Builder(long id) {
            this.id = id;
        }

        void add(ConversationEvent event) {
            String kind = event.kind();
            if (closed && reopens(kind)) {
                reopened = true;
                closed = false;
            }
            switch (kind) {
                case EventKinds.OPENED -> {
                    openedAt = event.at();
                    platform = event.platform();
                    staffKey = event.staffKey();
                }
                case EventKinds.CLASSIFIED -> {
                    classifiedNeed = event.needId() == null ? classifiedNeed : event.needId();
                    fault |= event.detail() != null && event.detail().startsWith(EventKinds.FAULT);
                }
                case EventKinds.FAULT -> fault = true;
                case EventKinds.UNSURE -> unsure = true;
                case EventKinds.NEED_CHOSEN, EventKinds.SUGGESTED, EventKinds.NO_TOOLS -> {
                    chosenNeed = event.needId() == null ? chosenNeed : event.needId();
                    suggested |= kind.equals(EventKinds.SUGGESTED);
                    noTools |= kind.equals(EventKinds.NO_TOOLS);
                }
                case EventKinds.ACCEPTED -> accepted = true;
                case EventKinds.REJECTED -> rejected = true;
                case EventKinds.HANDED_OFF -> handedOffAt = handedOffAt == null ? event.at() : handedOffAt;
                case EventKinds.OFFERED -> holder = event.technologistId();
                case EventKinds.PICKED_UP -> {
                    firstResponseAt = handedOffAt != null && firstResponseAt == null ? event.at() : firstResponseAt;
                    holder = event.technologistId();
                    step(event);
                }
                case EventKinds.PASSED -> {
                    holder = null;
                    step(event);
                }
                case EventKinds.SLA_MOVED -> {
                    slaMoves++;
                    holder = null;
                }
                case EventKinds.TEAM_CHANNEL -> teamChannel = true;
                case EventKinds.RESOLVED -> {
                    holder = null;
                    closed = true;
                    step(event);
                }
                case EventKinds.ABANDONED, EventKinds.STAFF_CLOSED -> closed = true;
                case EventKinds.REOPENED -> reopened = true;
                case EventKinds.FOLLOWED_UP -> followedUp = true;
                case EventKinds.OUTCOME -> outcomes.add(new RequestStory.ToolOutcome(
                        event.toolId() == null ? "unknown" : event.toolId(),
                        event.detail() == null ? "unknown" : event.detail()));
                default -> { }
            }
        }

        private static boolean reopens(String kind) {
            return kind.equals(EventKinds.HANDED_OFF) || kind.equals(EventKinds.SUGGESTED)
                    || kind.equals(EventKinds.ACCEPTED) || kind.equals(EventKinds.NEED_CHOSEN);
        }

        private void step(ConversationEvent event) {
            if (event.technologistId() != null) {
                steps.add(new RequestStory.TechnologistStep(event.technologistId(), event.kind()));
            }
        }

        RequestStory build() {
            String need = chosenNeed != null ? chosenNeed : classifiedNeed;
            return new RequestStory(id, openedAt, platform, staffKey, Optional.ofNullable(need), fault, unsure,
                    noTools, suggested, accepted, rejected, Optional.ofNullable(handedOffAt),
                    Optional.ofNullable(firstResponseAt), reopened, slaMoves, teamChannel, steps,
                    Optional.ofNullable(holder), followedUp, outcomes);
        }
    }
}
