package org.advisorycompare.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules that keep the architecture as its documentation describes it, checked on the compiled classes. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.advisorycompare");

    @Test
    void noPackageCycles() {
        slices().matching("org.advisorycompare.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** A class in the root package would belong to no slice, and a cycle through it would go unseen. */
    @Test
    void everyClassIsInAStagePackage() {
        noClasses().that().doNotHaveSimpleName("package-info").should().resideInAPackage("org.advisorycompare").check(CLASSES);
    }

    /** Model types are plain records of the JDK: no library type, no other package of the tool. */
    @Test
    void theModelImportsOnlyTheJdk() {
        noClasses().that().resideInAPackage("org.advisorycompare.model..").should().dependOnClassesThat()
                .resideOutsideOfPackages("java..", "org.advisorycompare.model..").check(CLASSES);
    }

    /** Templates receive view records: the render stage never hands FreeMarker a service, a model or a reader. */
    @Test
    void onlyRenderTalksToFreeMarkerAndOnlyPublishWritesTheSite() {
        noClasses().that().resideOutsideOfPackage("org.advisorycompare.render..").should().dependOnClassesThat()
                .resideInAPackage("freemarker..").check(CLASSES);
        noClasses().that().resideInAnyPackage("org.advisorycompare.render..", "org.advisorycompare.feed..",
                "org.advisorycompare.data..", "org.advisorycompare.site..").should().callMethod(java.nio.file.Files.class,
                "write", java.nio.file.Path.class, byte[].class, java.nio.file.OpenOption[].class).check(CLASSES);
    }
}
