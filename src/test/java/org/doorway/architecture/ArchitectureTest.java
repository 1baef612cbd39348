package org.doorway.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules from STYLE.md: a core free of platforms, HTTP and SQL; adapters that do not know each other. */
@AnalyzeClasses(packages = "org.doorway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {
        "org.doorway.conversation..", "org.doorway.needs..", "org.doorway.catalogue..", "org.doorway.intake..",
        "org.doorway.handoff..",
        "org.doorway.followup..", "org.doorway.inbox.."
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

    @ArchTest
    static final ArchRule onlyTheAppWires = noClasses().that().resideOutsideOfPackage("org.doorway.app..")
            .should().dependOnClassesThat().resideInAPackage("org.doorway.app..")
            .allowEmptyShould(true);
}
