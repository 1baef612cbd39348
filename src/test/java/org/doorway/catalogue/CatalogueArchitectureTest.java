package org.doorway.catalogue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The catalogue is core: no chat platform, web server, servlet or SQL in it. */
class CatalogueArchitectureTest {

    @Test
    void catalogue_knowsNothingOfPlatformsWebOrSql() {
        noClasses().that().resideInAPackage("org.doorway.catalogue..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.slack..", "org.eclipse.jetty..", "org.jdbi..", "jakarta.servlet..", "javax.servlet..", "java.sql..",
                        "org.doorway.store..", "org.doorway.slack..", "org.doorway.teams..", "org.doorway.web..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.doorway.catalogue"));
    }
}
