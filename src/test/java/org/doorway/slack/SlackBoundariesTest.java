package org.doorway.slack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Slack's types stay in the Slack adapter; the outbox stays platform- and storage-neutral. */
class SlackBoundariesTest {
    static final JavaClasses doorway = importDoorway();

    /** Only Doorway's classes: package names are enough, so dependencies are not resolved (much faster). */
    private static JavaClasses importDoorway() {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.doorway");
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    @Test
    void only_the_slack_adapter_uses_slack_types() {
        noClasses().that().resideOutsideOfPackage("org.doorway.slack..")
                .should().dependOnClassesThat().resideInAPackage("com.slack..")
                .check(doorway);
    }

    @Test
    void the_outbox_knows_no_platform_storage_or_http() {
        noClasses().that().resideInAPackage("org.doorway.outbox..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "org.jdbi..", "org.eclipse.jetty..",
                        "jakarta.servlet..", "org.doorway.slack..", "org.doorway.teams..", "org.doorway.store..")
                .check(doorway);
    }

    @Test
    void the_slack_adapter_does_not_use_other_adapters() {
        noClasses().that().resideInAPackage("org.doorway.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("org.doorway.teams..", "org.doorway.console..",
                        "org.doorway.app..")
                .check(doorway);
    }
}
