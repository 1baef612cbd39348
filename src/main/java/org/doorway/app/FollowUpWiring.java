package org.doorway.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.doorway.Transactions;
import org.doorway.catalogue.Catalogue;
import org.doorway.config.FollowUpSettings;
import org.doorway.config.Settings;
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
import org.doorway.slack.SlackReplies;
import org.doorway.store.JdbiCaseStudyDrafts;
import org.doorway.store.JdbiFollowUps;
import org.doorway.teams.TeamsReplies;

/**
 * The follow-up feature wired: its side desk (clicks, comments, "forget my
 * stories", "talk to a colleague"), its job, and the published stories that
 * join the catalogue as the dialogue reads it.
 */
record FollowUpWiring(FollowUpDesk desk, FollowUpJob job, PublishedStories stories) {

    static FollowUpWiring of(Stores stores, Transactions transactions, Supplier<Catalogue> catalogue,
            FollowUpPolicy policy, Clock clock, PersonMessages messages, Introductions introductions,
            Audience audience) {
        JdbiFollowUps followUps = stores.followUps();
        JdbiCaseStudyDrafts drafts = stores.caseStudyDrafts();
        FollowUpTexts texts = new FollowUpTexts(catalogue);
        FollowUpDesk desk = new FollowUpDesk(followUps, drafts, stores.colleagueIntros(),
                introductions, messages, stores.requests()::event, texts, clock);
        FollowUpJob job = new FollowUpJob(new FollowUpScheduler(followUps, policy), followUps, transactions,
                messages, stores.requests()::event, texts, policy, clock, audience);
        return new FollowUpWiring(desk, job, new PublishedStories(drafts));
    }

    /** A serving Doorway follows up people on the platforms it is connected to; the rest wait for theirs. */
    static Audience servedAudience(Settings settings) {
        Set<String> platforms = new HashSet<>();
        settings.slack().ifPresent(slack -> platforms.add(SlackReplies.PLATFORM));
        settings.teams().ifPresent(teams -> platforms.add(TeamsReplies.PLATFORM));
        return Audience.onPlatforms(platforms);
    }

    static FollowUpPolicy policy(FollowUpSettings settings, ZoneId zone) {
        return new FollowUpPolicy(settings.after(), new FollowUpHours(settings.days(), settings.from(), settings.to()),
                settings.closures(), zone);
    }
}
