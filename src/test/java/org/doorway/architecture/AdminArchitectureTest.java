package org.doorway.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The admin console's rules ({@code org.doorway.admin}) know no HTTP, HTML templates, SQL or single sign-on library. */
@AnalyzeClasses(packages = "org.doorway", importOptions = ImportOption.DoNotIncludeTests.class)
class AdminArchitectureTest {
    @ArchTest
    static final ArchRule adminCoreKnowsNoWebOrSql = noClasses().that().resideInAPackage("org.doorway.admin..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..", "jakarta.servlet..", "gg.jte..",
                    "org.jdbi..", "java.sql..", "javax.sql..", "com.nimbusds..", "org.doorway.web..",
                    "org.doorway.store..", "org.doorway.app..");
}
