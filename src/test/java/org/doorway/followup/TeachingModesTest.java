package org.doorway.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The mode of teaching in a case study comes from what staff said, and is never guessed. */
class TeachingModesTest {
    @Test
    void theModeStaffNamed() {
        assertThat(TeachingModes.namedIn("my online module has 300 distance learners")).hasValue("online");
        assertThat(TeachingModes.namedIn("a hybrid seminar, half of them online")).hasValue("hybrid");
        assertThat(TeachingModes.namedIn("Face-to-face lectures of 180 nursing students")).hasValue("face-to-face");
    }

    @Test
    void nothingNamed_noMode() {
        assertThat(TeachingModes.namedIn("About 180 first-year nursing students and total silence")).isEmpty();
        assertThat(TeachingModes.namedIn("the lecture theatre has no signal")).isEmpty();
        assertThat(TeachingModes.namedIn(null)).isEmpty();
    }
}
