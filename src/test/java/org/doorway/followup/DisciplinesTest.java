package org.doorway.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The discipline in a case study's line comes from what staff said, and is never guessed. */
class DisciplinesTest {
    @Test
    void theSubjectStaffNamed_asADepartmentWritesIt() {
        assertThat(Disciplines.namedIn("About 180 first-year nursing students and total silence")).hasValue("Nursing");
        assertThat(Disciplines.namedIn("my second-year LLB seminar never talks")).hasValue("Law");
        assertThat(Disciplines.namedIn("Chemistry lab reports take weeks to mark")).hasValue("Chemistry");
        assertThat(Disciplines.namedIn("history students, but the module is half economics"))
                .hasValue("History");
    }

    @Test
    void nothingNamed_noDiscipline() {
        assertThat(Disciplines.namedIn("total silence when I ask the room a question")).isEmpty();
        assertThat(Disciplines.namedIn("the lawn outside is being mowed in the lecture")).isEmpty();
        assertThat(Disciplines.namedIn(null)).isEmpty();
    }
}
