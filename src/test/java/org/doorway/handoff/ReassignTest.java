package org.doorway.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.handoff.HandoffFixture.request;
import static org.doorway.handoff.HandoffFixture.technologist;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.doorway.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The admin console's "Give to…": the new person gets the thread, the staff member is told, slots move. */
class ReassignTest {
    @TempDir
    static Path folder;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.all(folder).stream();
    }

    private final Technologist alex = technologist("Alex Rivera").expertise("peer-assessment").capacity(2).build();
    private final Technologist sam = technologist("Sam Lee").build();

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void reassign_opensTheNewThread_tellsTheStaffMember_andMovesTheSlot(TestDatabases.Kind kind) {
        try (HandoffWorld world = new HandoffWorld(kind.open().get(), Optional.empty()).withRoster(sam, alex)) {
            HandoffTicket ticket = world.feature.desk().request(
                    request(List.of("peer-assessment"), List.of(), world.clock.instant()));
            assertThat(world.messenger.threadTechnologists()).containsExactly(alex.id());

            Reassigned outcome = world.feature.desk().reassign(ticket.handoffId(), sam.id(), "head@uni.example");

            assertThat(outcome).isInstanceOf(Reassigned.Done.class);
            assertThat(world.messenger.threadTechnologists()).containsExactly(alex.id(), sam.id());
            assertThat(world.messenger.threads.get(1).summary().fields()).extracting(field -> field.value())
                    .anySatisfy(value -> assertThat(value).contains("reassigned by head@uni.example from Alex Rivera"));
            assertThat(world.messenger.staffTexts()).last().asString().contains("now with Sam Lee");
            assertThat(world.open(alex)).isZero();
            assertThat(world.open(sam)).isEqualTo(1);
            Handoff moved = world.feature.desk().find(ticket.handoffId()).orElseThrow();
            assertThat(moved.state()).isEqualTo(Handoff.State.OFFERED);
            assertThat(moved.technologistId()).hasValue(sam.id());

            assertThat(world.feature.desk().reassign(ticket.handoffId(), sam.id(), "head@uni.example"))
                    .isInstanceOf(Reassigned.AlreadyTheirs.class);
            assertThat(world.feature.desk().reassign(ticket.handoffId(), "nobody@uni.example", "head@uni.example"))
                    .isInstanceOf(Reassigned.NoSuchTechnologist.class);
            assertThat(world.feature.desk().reassign("999999", sam.id(), "head@uni.example"))
                    .isInstanceOf(Reassigned.NoSuchHandoff.class);
            assertThat(world.messenger.threads).hasSize(2);
        }
    }
}
