package org.doorway.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorway.config.DatabaseSettings;
import org.doorway.conversation.ConversationKey;
import org.doorway.privacy.Subject;
import org.doorway.store.Database;
import org.doorway.store.JdbiCaseStudyDrafts;
import org.doorway.store.JdbiFollowUps;
import org.doorway.store.JdbiPersonalData;
import org.doorway.store.JdbiSignInNames;
import org.doorway.store.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Follow-ups, stories and their consents are covered by 'doorway privacy export|erase'. */
class FollowUpPrivacyTest {
    private static final Instant NOW = Instant.parse("2027-01-20T10:00:00Z");
    private static final ConversationKey JANE = new ConversationKey("slack", "UJANE", "DJANE");

    @TempDir
    Path folder;

    @Test
    void exportHoldsTheFollowUpAndStory_eraseTakesThePublishedStoryAwayAtOnce() {
        try (Database database = Database.open(new DatabaseSettings("jdbc:sqlite:" + folder.resolve("p.db"),
                Optional.empty(), Optional.empty(), 4))) {
            Migrations.migrate(database);
            JdbiFollowUps followUps = new JdbiFollowUps(database);
            JdbiCaseStudyDrafts drafts = new JdbiCaseStudyDrafts(database);
            followUps.schedule(new FollowUpSubject(7, JANE, Optional.empty(), "discussion", "padlet",
                    Optional.empty(), "Quiet seminars", ""), NOW, NOW);
            long id = followUps.due(Audience.EVERYONE, NOW, 1).get(0).id();
            followUps.markSent(id, NOW);
            followUps.answer(id, Outcome.WORKED, NOW, NOW.plusSeconds(60));
            followUps.story(id, StoryConsent.NAMED, Optional.of("Jane Doe"), NOW);
            followUps.contact(id, true, NOW);
            long story = drafts.draft(id, "padlet", "discussion", "A colleague used this", "It worked.",
                    Optional.of("Jane Doe"), NOW).orElseThrow();
            drafts.review(story, Story.State.PUBLISHED, "test", "", NOW);
            assertThat(drafts.published()).singleElement().satisfies(published ->
                    assertThat(published.contactable()).isTrue());

            JdbiPersonalData data = new JdbiPersonalData(database);
            Subject jane = Subject.parse("slack:UJANE").orElseThrow();
            Map<String, Object> held = data.export(jane);
            assertThat((List<?>) held.get("follow_ups")).singleElement().asString()
                    .contains("Quiet seminars", "named", "Jane Doe");
            assertThat((List<?>) held.get("case_studies")).singleElement().asString().contains("Jane Doe");

            Map<String, Integer> changed = data.erase(jane);
            assertThat(changed).containsEntry("follow_ups", 1).containsEntry("case_study_drafts", 1);
            assertThat(drafts.published()).isEmpty();
            assertThat(drafts.find(story).orElseThrow().author()).isEmpty();
            assertThat(data.export(jane).get("follow_ups")).asList().isEmpty();
        }
    }

    @Test
    void aTeamsSignInNameLearnedForAnIntroduction_isExportedAndErased() {
        try (Database database = Database.open(new DatabaseSettings("jdbc:sqlite:" + folder.resolve("n.db"),
                Optional.empty(), Optional.empty(), 4))) {
            Migrations.migrate(database);
            JdbiSignInNames names = new JdbiSignInNames(database);
            names.remember("aad-kim", "kim.park@uni.example", NOW);
            names.remember("aad-jo", "jo@uni.example", NOW);
            JdbiPersonalData data = new JdbiPersonalData(database);
            Subject kim = Subject.parse("teams:aad-kim").orElseThrow();
            assertThat(data.export(kim).get("teams_sign_in_names")).asList().singleElement().asString()
                    .contains("kim.park@uni.example");
            assertThat(data.erase(kim)).containsEntry("teams_sign_in_names", 1);
            assertThat(names.of("aad-kim")).isEmpty();
            assertThat(names.of("aad-jo")).hasValue("jo@uni.example");
        }
    }
}
