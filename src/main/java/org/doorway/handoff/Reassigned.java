package org.doorway.handoff;

import java.util.Optional;

/** What became of a reassignment. */
public sealed interface Reassigned {

    /** Offered to {@code to}, who has the thread; the staff member was told. */
    record Done(Handoff handoff, Technologist to, Optional<Technologist> from) implements Reassigned {}

    record NotOpen(Handoff handoff) implements Reassigned {}

    record AlreadyTheirs(Handoff handoff, Technologist to) implements Reassigned {}

    record NoSuchHandoff(String handoffId) implements Reassigned {}

    record NoSuchTechnologist(String technologistId) implements Reassigned {}
}
