package org.doorway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.doorway.TestClock;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.CatalogueFixture;
import org.doorway.catalogue.SupportStatus;
import org.doorway.catalogue.Tool;
import org.doorway.catalogue.ToolCodec;
import org.doorway.handoff.HandoffFixture;
import org.doorway.handoff.Technologist;
import org.doorway.store.Database;
import org.doorway.store.JdbiReviewReminderMarks;
import org.doorway.store.JdbiRoster;
import org.doorway.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Review-date reminders on a real database and roster: owners told once per entry per week, in chat. */
class ReviewRemindersTest {
    @TempDir
    static Path folder;

    static List<TestDatabases.Kind> databases() {
        return TestDatabases.all(folder);
    }

    record Told(String owner, String text) {}

    @ParameterizedTest
    @MethodSource("databases")
    void overdueEntry_remindsItsRosterOwnersOncePerWeek_andNobodyElse(TestDatabases.Kind kind) {
        try (Database database = kind.open().get()) {
            TestClock clock = TestClock.at("2026-12-02T09:00:00Z");
            Technologist alex = HandoffFixture.technologist("Alex Doe").build();
            new JdbiRoster(database).replaceAll(List.of(alex));
            Tool overdue = withExperts(CatalogueFixture.tool("padlet", "collaborative-work", 3, SupportStatus.SUPPORTED),
                    LocalDate.of(2026, 11, 30), "Alex.Doe@uni.example", "nobody@uni.example");
            Tool current = withExperts(CatalogueFixture.tool("miro", "collaborative-work", 2, SupportStatus.PILOT),
                    LocalDate.of(2027, 6, 30), "alex.doe@uni.example");
            Tool unowned = withExperts(CatalogueFixture.tool("vevox", "live-engagement", 3, SupportStatus.SUPPORTED),
                    LocalDate.of(2026, 1, 1), "someone@else.example");
            Catalogue catalogue = CatalogueFixture.catalogue(overdue, current, unowned);
            List<Told> told = new ArrayList<>();
            ReviewReminders job = new ReviewReminders(() -> catalogue, new JdbiRoster(database),
                    new JdbiReviewReminderMarks(database), (owner, text) -> told.add(new Told(owner.email(), text)),
                    database, "https://doorway.uni.example", ZoneId.of("Europe/London"), clock);

            job.run();
            assertThat(told).singleElement().satisfies(message -> {
                assertThat(message.owner()).isEqualTo("alex.doe@uni.example");
                assertThat(message.text()).contains("padlet").contains("2026-11-30")
                        .contains("https://doorway.uni.example/admin/tools/padlet");
            });
            job.run();
            clock.advance(Duration.ofDays(2));
            job.run();
            assertThat(told).as("once per entry in a week, across runs").hasSize(1);
            clock.advance(Duration.ofDays(5));
            job.run();
            assertThat(told).as("again the next week while still overdue").hasSize(2);
        }
    }

    private static Tool withExperts(Tool tool, LocalDate reviewBy, String... experts) {
        var tree = ToolCodec.toTree(tool);
        tree.put("review-by", reviewBy.toString());
        var list = tree.putArray("experts");
        for (String expert : experts) {
            list.add(expert);
        }
        return ToolCodec.fromTree(tree);
    }
}
