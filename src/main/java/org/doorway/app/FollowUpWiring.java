package org.doorway.app;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.doorway.catalogue.Catalogue;
import org.doorway.config.FollowUpSettings;
import org.doorway.followup.Audience;
import org.doorway.followup.FollowUpDesk;
import org.doorway.followup.FollowUpHours;
import org.doorway.followup.FollowUpJob;
import org.doorway.followup.FollowUpPolicy;
import org.doorway.followup.FollowUpScheduler;
import org.doorway.followup.FollowUpTexts;
import org.doorway.followup.Introductions;
import org.doorway.followup.PersonMessages;
import org.doorway.followup.PublishedStories;
import org.doorway.followup.StaffDepartments;
import org.doorway.slack.SlackReplies;
import org.doorway.store.JdbiCaseStudyDrafts;
import org.doorway.store.JdbiColleagueIntros;
import org.doorway.store.JdbiFollowUps;
import org.doorway.teams.TeamsReplies;

/**
 * The follow-up feature wired: its side desk (clicks, comments, "forget my
 * stories", "talk to a colleague"), its job, and the published stories that
 * join the catalogue as the dialogue reads it.
 */
record FollowUpWiring(FollowUpDesk desk, FollowUpJob job, PublishedStories stories) {

    static FollowUpWiring of(Doorway doorway, PersonMessages messages, Introductions introductions,
            Audience audience) {
        JdbiFollowUps followUps = new JdbiFollowUps(doorway.database);
        JdbiCaseStudyDrafts drafts = new JdbiCaseStudyDrafts(doorway.database);
        Supplier<Catalogue> catalogue = doorway.catalogue::load;
        FollowUpTexts texts = new FollowUpTexts(catalogue);
        FollowUpPolicy policy = policy(doorway);
        FollowUpDesk desk = new FollowUpDesk(followUps, drafts, new JdbiColleagueIntros(doorway.database),
                introductions, messages, doorway.requests::event, texts, departments(doorway), doorway.clock);
        FollowUpJob job = new FollowUpJob(new FollowUpScheduler(followUps, policy), followUps, doorway.database,
                messages, doorway.requests::event, texts, policy, doorway.clock, audience);
        return new FollowUpWiring(desk, job, new PublishedStories(drafts));
    }

    /** Each person's department from the staff directory (DEPARTMENTS_FILE), for the discipline of their stories. */
    static StaffDepartments departments(Doorway doorway) {
        Map<String, String> byPerson = new HashMap<>();
        doorway.settings.reports().directory().forEach(entry ->
                byPerson.put(entry.platform() + ":" + entry.userId(), entry.department()));
        return StaffDepartments.of(byPerson);
    }

    /** A serving Doorway follows up people on the platforms it is connected to; the rest wait for theirs. */
    static Audience servedAudience(Doorway doorway) {
        Set<String> platforms = new HashSet<>();
        doorway.settings.slack().ifPresent(slack -> platforms.add(SlackReplies.PLATFORM));
        doorway.settings.teams().ifPresent(teams -> platforms.add(TeamsReplies.PLATFORM));
        return Audience.onPlatforms(platforms);
    }

    static FollowUpPolicy policy(Doorway doorway) {
        FollowUpSettings settings = doorway.settings.followUp();
        return new FollowUpPolicy(settings.after(), new FollowUpHours(settings.days(), settings.from(), settings.to()),
                settings.closures(), doorway.settings.zone());
    }
}
