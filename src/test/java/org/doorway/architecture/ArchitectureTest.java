package org.doorway.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.doorway.conversation.FrontDesk;
import org.doorway.conversation.OptionOwner;
import org.doorway.conversation.StaffDialogue;
import org.doorway.conversation.TechnologistDesk;
import org.doorway.handoff.Handoff;
import org.doorway.handoff.HandoffCards;
import org.doorway.handoff.HandoffMessage;
import org.doorway.handoff.HandoffMessages;
import org.doorway.handoff.HandoffMessenger;
import org.doorway.handoff.HandoffRequest;
import org.doorway.handoff.HolderMessenger;
import org.doorway.handoff.QueueWatch;
import org.doorway.handoff.Technologist;

/**
 * The rules from STYLE.md: a core free of platforms, HTTP and SQL; adapters that do not know each other; one
 * front door (adapters speak {@code conversation}, never the features behind it).
 */
@AnalyzeClasses(packages = "org.doorway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {
        "org.doorway.conversation..", "org.doorway.needs..", "org.doorway.catalogue..", "org.doorway.intake..",
        "org.doorway.handoff..",
        "org.doorway.followup..", "org.doorway.inbox..", "org.doorway.yaml..", "org.doorway.resources.."
    };

    @ArchTest
    static final ArchRule coreKnowsNoPlatformHttpOrSql = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "org.eclipse.jetty..", "org.jdbi..",
                    "jakarta.servlet..", "java.sql..", "javax.sql..", "com.zaxxer..", "org.flywaydb..",
                    "com.nimbusds..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule coreKnowsNoAdapter = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.doorway.slack..", "org.doorway.teams..",
                    "org.doorway.console..", "org.doorway.store..", "org.doorway.web..", "org.doorway.app..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule slackKnowsNoOtherChat = noClasses().that().resideInAPackage("org.doorway.slack..")
            .should().dependOnClassesThat().resideInAnyPackage("org.doorway.teams..", "org.doorway.console..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule teamsKnowsNoOtherChat = noClasses().that().resideInAPackage("org.doorway.teams..")
            .should().dependOnClassesThat().resideInAnyPackage("org.doorway.slack..", "org.doorway.console..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule consoleKnowsNoOtherChat = noClasses().that().resideInAPackage("org.doorway.console..")
            .should().dependOnClassesThat().resideInAnyPackage("org.doorway.slack..", "org.doorway.teams..")
            .allowEmptyShould(true);

    private static final String[] CHAT_ADAPTERS = {"org.doorway.slack..", "org.doorway.teams..", "org.doorway.console.."};

    /** Adapters speak the conversation's language; the intake's dialogue is behind the front desk. */
    @ArchTest
    static final ArchRule adaptersKnowNoIntake = noClasses().that().resideInAnyPackage(CHAT_ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage("org.doorway.intake..")
            .because("adapters reach the staff dialogue only through conversation.Turns and its FrontDesk");

    /**
     * Of the handoff feature, adapters see only the ports they implement to deliver its news (and to record the
     * messages that show its buttons, so that every one can be rewritten), and its values.
     */
    @ArchTest
    static final ArchRule adaptersKnowOnlyTheHandoffMessenger = noClasses().that().resideInAnyPackage(CHAT_ADAPTERS)
            .should().dependOnClassesThat(resideInAPackage("org.doorway.handoff..")
                    .and(not(belongToAnyOf(HandoffMessenger.class, Handoff.class, HandoffRequest.class,
                            Technologist.class, HandoffCards.class, HandoffMessage.class,
                            HandoffMessage.Audience.class, HandoffMessages.class, HolderMessenger.class,
                            QueueWatch.class))))
            .because("technologists' clicks and words reach handoff through conversation.FrontDesk");

    /** Nor do they call the two ports behind the front desk directly. */
    @ArchTest
    static final ArchRule adaptersGoThroughTheFrontDesk = noClasses().that().resideInAnyPackage(CHAT_ADAPTERS)
            .should().dependOnClassesThat(belongToAnyOf(StaffDialogue.class, TechnologistDesk.class));

    /** Whose a click is, only the front desk decides: nobody else reads an option owner's prefix. */
    @ArchTest
    static final ArchRule onlyTheFrontDeskRoutesClicks = noClasses().that(not(belongToAnyOf(FrontDesk.class)))
            .should().callMethod(OptionOwner.class, "prefix");

    @ArchTest
    static final ArchRule handoffKnowsNoIntake = noClasses().that().resideInAPackage("org.doorway.handoff..")
            .should().dependOnClassesThat().resideInAPackage("org.doorway.intake..");

    /** The shared language depends on no feature that speaks it. */
    @ArchTest
    static final ArchRule conversationKnowsNoFeature = noClasses().that().resideInAPackage("org.doorway.conversation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.doorway.intake..", "org.doorway.handoff..",
                    "org.doorway.needs..", "org.doorway.followup..");

    @ArchTest
    static final ArchRule onlyTheAppWires = noClasses().that().resideOutsideOfPackage("org.doorway.app..")
            .should().dependOnClassesThat().resideInAPackage("org.doorway.app..")
            .allowEmptyShould(true);
}
