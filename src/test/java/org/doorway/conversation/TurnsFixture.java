package org.doorway.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.doorway.Transactions;
import org.doorway.inbox.EventInbox;
import org.doorway.inbox.SetAside;

/** Turn pipelines for adapter tests: a staff dialogue of the test's choosing, and no technologists. */
public final class TurnsFixture {
    private TurnsFixture() {}

    /** A desk for wiring without the handoff feature: it takes no word and does no button. */
    public static TechnologistDesk noTechnologists() {
        return new TechnologistDeskStub();
    }

    /** A desk that takes no word and says handoffs are off to any click on theirs; tests override what they need. */
    public static class TechnologistDeskStub implements TechnologistDesk {
        @Override
        public String prefix() {
            return "handoff:";
        }

        @Override
        public Optional<Reply> refusal(ConversationKey who, String optionId) {
            return Optional.empty();
        }

        @Override
        public ButtonOutcome press(ConversationKey who, String optionId, String note) {
            return ButtonOutcome.unchanged("Handoffs are not switched on here.");
        }

        @Override
        public Optional<Reply> availabilityWord(ConversationKey who, String text) {
            return Optional.empty();
        }

        @Override
        public Reply setAvailable(ConversationKey who, boolean available) {
            return Reply.Text.of("Handoffs are not switched on here.");
        }
    }

    /** The pipeline around {@code staff} with no database, its events recorded in {@code inbox}: for the terminal. */
    public static Turns withoutStore(StaffDialogue staff, EventInbox inbox) {
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        return turns(staff, direct, inbox, null, Transience.none(), Clock.systemUTC());
    }

    /** The pipeline around {@code staff}, retrying passing failures without pausing. */
    public static Turns turns(StaffDialogue staff, Transactions transactions, EventInbox inbox, SetAside setAside,
            Transience transience, Clock clock) {
        return turns(new FrontDesk(staff, noTechnologists()), transactions, inbox, setAside, transience, clock);
    }

    /** The pipeline around {@code desk}, retrying passing failures without pausing. */
    public static Turns turns(FrontDesk desk, Transactions transactions, EventInbox inbox, SetAside setAside,
            Transience transience, Clock clock) {
        return new Turns(desk, transactions, inbox, setAside,
                new TurnRetry(transience, 4, Duration.ofMillis(1), duration -> { }), clock);
    }
}
