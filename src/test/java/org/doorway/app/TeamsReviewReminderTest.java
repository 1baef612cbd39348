package org.doorway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorway.app.TeamsServeFixture.ALEX_AAD;

import java.nio.file.Path;
import org.doorway.catalogue.CatalogueFixture;
import org.doorway.catalogue.SupportStatus;
import org.doorway.catalogue.ToolCodec;
import org.doorway.teams.FakeHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue entry's review reminder for a technologist who has never written to Doorway in Teams: with no
 * conversation to answer in, Doorway opens their 1:1 chat through the global Bot Connector (here the fake
 * one, as TEAMS_SERVICE_URL) and posts the reminder there, once.
 */
class TeamsReviewReminderTest {
    @TempDir
    Path folder;

    @Test
    void anOverdueEntry_opensAChatWithItsOwnerThroughTheGlobalConnector_andRemindsThemThereOnce() {
        try (TeamsServeFixture teams = new TeamsServeFixture(folder)) {
            remindedOnce(teams);
        }
    }

    private static void remindedOnce(TeamsServeFixture teams) {
        var padlet = ToolCodec.toTree(CatalogueFixture.tool("padlet", "collaborative-work", 3, SupportStatus.SUPPORTED));
        padlet.put("review-by", "2026-02-27"); // the fixture's clock reads Monday 2 March 2026
        padlet.putArray("experts").add("alex.rivera@uni.example");
        teams.doorway.replaceCatalogue(CatalogueFixture.catalogue(ToolCodec.fromTree(padlet)));

        Runnable reminders = teams.doorway.teamsReviewReminders();
        reminders.run();

        FakeHttpServer.Exchange opened = teams.await("a 1:1 chat opened with Alex", call -> call.method().equals("POST")
                && call.path().equals("/connector/v3/conversations"));
        assertThat(opened.body()).contains(ALEX_AAD, "\"isGroup\":false", "\"tenantId\":\"tenant-1\"");
        String chat = teams.idOf(opened);
        FakeHttpServer.Exchange reminder = teams.await("the reminder in Alex's new chat", call ->
                call.path().equals("/connector/v3/conversations/" + chat + "/activities"));
        assertThat(reminder.body()).contains("Time to check the catalogue entry for padlet", "2026-02-27",
                "/admin/tools/padlet");

        reminders.run();
        TeamsServeFixture.pause(500); // the outbox delivers every 100 ms: time enough for a second to show
        assertThat(teams.connector.calls()).filteredOn(call -> call.path().startsWith("/connector/v3/conversations"))
                .as("once a week: one chat opened, one reminder").hasSize(2);
    }
}
