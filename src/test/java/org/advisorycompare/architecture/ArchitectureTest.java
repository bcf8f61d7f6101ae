package org.advisorycompare.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import org.advisorycompare.output.Output;
import org.advisorycompare.render.Templates;
import org.advisorycompare.render.Views;
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

    /** Not even between a stage and its subpackages: the readers of one government never need the conversion that lists them. */
    @Test
    void noCyclesBetweenAnyTwoPackages() {
        slices().matching("org.advisorycompare.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /** A government's readers know the shared reading code, never another government's. */
    @Test
    void eachGovernmentsReadersStandAlone() {
        for (String government : List.of("uk", "us", "ca")) {
            noClasses().that().resideInAPackage("org.advisorycompare.read." + government + "..").should()
                    .dependOnClassesThat().resideInAnyPackage(List.of("uk", "us", "ca").stream().filter(g -> !g.equals(government))
                            .map(g -> "org.advisorycompare.read." + g + "..").toArray(String[]::new))
                    .check(CLASSES);
        }
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

    @Test
    void onlyRenderTalksToFreeMarker() {
        noClasses().that().resideOutsideOfPackage("org.advisorycompare.render..").should().dependOnClassesThat()
                .resideInAPackage("freemarker..").check(CLASSES);
    }

    /**
     * The stages that make the site (model, history, compare, site, the outputs, the orchestrator) write no
     * file at all: every file of the site goes through the publisher, and caches through {@code incremental}.
     */
    @Test
    void onlyThePublisherWritesTheSite() {
        classes().that().resideInAnyPackage(SITE_MAKERS).should(writeNoFile()).check(CLASSES);
    }

    /** An output says what a page shows; how that is keyed and reused is the build's business, not the output's. */
    @Test
    void noOutputKnowsTheIncrementalMachinery() {
        noClasses().that().implement(Output.class).or().resideInAnyPackage("org.advisorycompare.render..",
                "org.advisorycompare.feed..", "org.advisorycompare.data..", "org.advisorycompare.output..")
                .should().dependOnClassesThat().resideInAPackage("org.advisorycompare.incremental..").check(CLASSES);
    }

    /**
     * Templates receive view records only: {@code Templates.render} takes a record, and every view record holds
     * nothing but text, numbers, booleans, lists and other view records (no model, no service, no reader).
     */
    @Test
    void templatesReceiveViewRecordsOnly() throws NoSuchMethodException {
        assertThat(Templates.class.getMethod("render", String.class, Record.class)).isNotNull();
        assertThat(java.util.Arrays.stream(Templates.class.getMethods()).filter(m -> m.getName().equals("render")))
                .hasSize(1);
        for (Class<?> view : Views.class.getClasses()) {
            assertThat(view.isRecord()).as(view.getName()).isTrue();
            for (RecordComponent component : view.getRecordComponents()) {
                assertThat(plainViewType(component.getGenericType())).as(view.getSimpleName() + "." + component.getName()
                        + " is " + component.getGenericType().getTypeName()).isTrue();
            }
        }
    }

    private static final String[] SITE_MAKERS = {"org.advisorycompare.model..", "org.advisorycompare.history..",
        "org.advisorycompare.compare..", "org.advisorycompare.site..", "org.advisorycompare.output..",
        "org.advisorycompare.render..", "org.advisorycompare.feed..", "org.advisorycompare.data..",
        "org.advisorycompare.build.."};

    private static boolean plainViewType(Type type) {
        if (type instanceof ParameterizedType generic) {
            return (generic.getRawType() == List.class || generic.getRawType() == java.util.Map.class)
                    && java.util.Arrays.stream(generic.getActualTypeArguments()).allMatch(ArchitectureTest::plainViewType);
        }
        Class<?> raw = (Class<?>) type;
        return raw.isPrimitive() || raw == String.class || raw == Integer.class || raw == Boolean.class
                || raw == Long.class || raw.getEnclosingClass() == Views.class;
    }

    private static ArchCondition<JavaClass> writeNoFile() {
        return new ArchCondition<>("write no file") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaAccess<?> access : item.getAccessesFromSelf()) {
                    String owner = access.getTargetOwner().getName();
                    String name = access.getTarget().getName();
                    boolean writes = owner.equals("java.nio.file.Files") && WRITING.matcher(name).matches()
                            || owner.equals("java.io.FileOutputStream") || owner.equals("java.io.FileWriter")
                            || owner.equals("java.io.RandomAccessFile") || owner.startsWith("org.advisorycompare.files.")
                            || owner.startsWith("org.advisorycompare.publish.") && !item.getPackageName().endsWith(".build");
                    if (writes) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }

    private static final java.util.regex.Pattern WRITING = java.util.regex.Pattern
            .compile("write.*|newOutputStream|newBufferedWriter|newByteChannel|copy|move|delete.*|create.*|setLastModifiedTime");
}
