package org.doorway.architecture;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.targetOwner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.doorway.jobs.JobRunner;

/**
 * How {@code app} wires (issue 13): every store adapter is built once, in
 * {@code Stores}; the one job runner in {@code serve}; and only the commands
 * open a {@code Doorway} and take it apart: the wiring classes get the ports
 * they use as parameters, never the whole of it.
 */
@AnalyzeClasses(packages = "org.doorway", importOptions = ImportOption.DoNotIncludeTests.class)
class WiringArchitectureTest {
    private static final String DOORWAY = "org.doorway.app.Doorway";
    /** Doorway and the classes nested in it. */
    private static final String DOORWAY_ITSELF = "org\\.doorway\\.app\\.Doorway(\\$.*)?";

    @ArchTest
    static final ArchRule storeAdaptersAreBuiltOnlyInStores = noClasses()
            .that().resideOutsideOfPackage("org.doorway.store..")
            .and().doNotHaveFullyQualifiedName("org.doorway.app.Stores")
            .should().callConstructorWhere(targetOwner(simpleNameStartingWith("Jdbi")
                    .and(resideInAPackage("org.doorway.store"))))
            .because("each store adapter is built once, in app.Stores, and passed to what needs it");

    @ArchTest
    static final ArchRule oneJobRunner = noClasses().that().doNotHaveFullyQualifiedName("org.doorway.app.ServeCommand")
            .should().callConstructorWhere(targetOwner(assignableTo(JobRunner.class)))
            .because("one runner runs every job of a serving Doorway");

    @ArchTest
    static final ArchRule nobodyReadsDoorwaysFields = noClasses().that().haveNameNotMatching(DOORWAY_ITSELF)
            .should().accessFieldWhere(targetOwner(name(DOORWAY)))
            .because("Doorway is not a bag: its parts are reached through its methods, by commands only");

    /** Doorway itself, the commands that open it, and serve's handle on what it started. */
    @ArchTest
    static final ArchRule onlyCommandsKnowDoorway = noClasses()
            .that().haveNameNotMatching(DOORWAY_ITSELF).and().areNotAssignableTo("org.doorway.app.DoorwaySubcommand")
            .and().doNotHaveFullyQualifiedName("org.doorway.app.ServeCommand$Running")
            .should().dependOnClassesThat().haveFullyQualifiedName(DOORWAY)
            .because("wiring classes take the ports they use (stores, settings, clock), not the whole Doorway");
}
