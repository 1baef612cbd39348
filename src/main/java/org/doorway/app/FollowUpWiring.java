package org.doorway.app;

import java.util.function.Supplier;
import org.doorway.catalogue.Catalogue;
import org.doorway.config.FollowUpSettings;
import org.doorway.followup.FollowUpDesk;
import org.doorway.followup.FollowUpHours;
import org.doorway.followup.FollowUpJob;
import org.doorway.followup.FollowUpPolicy;
import org.doorway.followup.FollowUpScheduler;
import org.doorway.followup.FollowUpTexts;
import org.doorway.followup.Introductions;
import org.doorway.followup.PersonMessages;
import org.doorway.followup.PublishedStories;
import org.doorway.store.JdbiCaseStudyDrafts;
import org.doorway.store.JdbiColleagueIntros;
import org.doorway.store.JdbiFollowUps;

/**
 * The follow-up feature wired: its side desk (clicks, comments, "forget my
 * stories", "talk to a colleague"), its job, and the published stories that
 * join the catalogue as the dialogue reads it.
 */
record FollowUpWiring(FollowUpDesk desk, FollowUpJob job, PublishedStories stories) {

    static FollowUpWiring of(Doorway doorway, PersonMessages messages, Introductions introductions) {
        JdbiFollowUps followUps = new JdbiFollowUps(doorway.database);
        JdbiCaseStudyDrafts drafts = new JdbiCaseStudyDrafts(doorway.database);
        Supplier<Catalogue> catalogue = doorway.catalogue::load;
        FollowUpTexts texts = new FollowUpTexts(catalogue);
        FollowUpPolicy policy = policy(doorway);
        FollowUpDesk desk = new FollowUpDesk(followUps, drafts, new JdbiColleagueIntros(doorway.database),
                introductions, messages, doorway.requests::event, texts, doorway.clock);
        FollowUpJob job = new FollowUpJob(new FollowUpScheduler(followUps, policy), followUps, doorway.database,
                messages, doorway.requests::event, texts, policy, doorway.clock);
        return new FollowUpWiring(desk, job, new PublishedStories(drafts));
    }

    static FollowUpPolicy policy(Doorway doorway) {
        FollowUpSettings settings = doorway.settings.followUp();
        return new FollowUpPolicy(settings.after(), new FollowUpHours(settings.days(), settings.from(), settings.to()),
                settings.closures(), doorway.settings.zone());
    }
}
