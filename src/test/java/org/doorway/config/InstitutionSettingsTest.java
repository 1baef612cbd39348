package org.doorway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InstitutionSettingsTest {

    @Test
    void vleAndRoutes_areReadAsGiven() {
        Settings.Loaded loaded = Settings.load(Map.of("VLE", "Canvas",
                "ROUTE_IT_SERVICE_DESK", "https://servicedesk.uni.example",
                "ROUTE_URGENT", "0113 496 0000", "ROUTE_HR", "hr@uni.example",
                "ROUTE_ESTATES", "Estates helpdesk: x4444", "ROUTE_TIMETABLING", "https://timetable.uni.example/help"));
        assertThat(loaded.problems()).isEmpty();
        InstitutionSettings institution = loaded.settings().institution();
        assertThat(institution.vle()).contains("Canvas");
        assertThat(institution.routes()).containsEntry("IT_SERVICE_DESK", "https://servicedesk.uni.example")
                .containsEntry("URGENT", "0113 496 0000").containsEntry("HR", "hr@uni.example")
                .containsEntry("ESTATES", "Estates helpdesk: x4444").hasSize(5);
    }

    @Test
    void nothingSet_meansNoVleAndNoRoutes() {
        InstitutionSettings institution = Settings.load(Map.of()).settings().institution();
        assertThat(institution.vle()).isEmpty();
        assertThat(institution.routes()).isEmpty();
    }

    @Test
    void badValues_areEachAProblemOnOneLineWithTheFix() {
        Settings.Loaded loaded = Settings.load(Map.of("VLE", "<script>alert(1)</script>",
                "ROUTE_HR", "javascript:alert(1)", "ROUTE_ESTATES", "x".repeat(400)));
        assertThat(loaded.problems()).hasSize(3);
        assertThat(loaded.problems()).anySatisfy(problem -> assertThat(problem).startsWith("VLE ")
                .contains("such as Moodle"));
        assertThat(loaded.problems()).anySatisfy(problem -> assertThat(problem).startsWith("ROUTE_HR ")
                .contains("https://"));
        assertThat(loaded.problems()).anySatisfy(problem -> assertThat(problem).startsWith("ROUTE_ESTATES ")
                .contains("one link or contact line"));
        assertThat(loaded.problems()).allMatch(problem -> !problem.contains("\n"));
    }
}
