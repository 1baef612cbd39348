package org.doorway.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Folds one request's events, in the order they were written, into its
 * {@link RequestStory}: the one definition of what the log says happened
 * (docs/metrics.md). The store keeps each request's story beside the log in
 * the same transaction as every event, by calling this; reports read the
 * stories. Stateless.
 */
public final class RequestFold {
    /** Raised whenever this fold's meaning changes, so stored stories folded by an older one are folded again. */
    public static final int VERSION = 1;

    private RequestFold() {}

    /** The request's story; empty when its events do not include {@code opened} (older than the log). */
    public static Optional<RequestStory> of(List<ConversationEvent> events) {
        int opened = 0;
        while (opened < events.size() && !events.get(opened).kind().equals(EventKinds.OPENED)) {
            opened++;
        }
        if (opened == events.size()) {
            return Optional.empty();
        }
        Builder builder = new Builder(events.get(opened).requestId());
        events.subList(opened, events.size()).forEach(builder::add);
        return Optional.of(builder.build());
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
