package forum.projections;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * forum-projections is feature packages (one per read model, plus the rebuild) over three foundations: the
 * runtime, the wire contract and paging. Features use the runtime through its public face only, and not each other.
 */
@AnalyzeClasses(packages = "forum.projections", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The runtime's public face: what a feature projection implements and calls, and what operations read. */
    static final Set<String> RUNTIME_FACE = Set.of("Projection", "ReadModelWrites", "Rows", "Conditions",
            "GatheredRows", "TenantScope", "NetworkScope", "OperatorScope", "ProjectionConsumer", "ProjectionPositions",
            "ConsumerLag", "DeadLetterReader", "SequenceGaps", "SequenceGapException", "UnhandledEventException");

    /** The packages every feature builds on; every other package directly under forum.projections is a feature. */
    static final Set<String> FOUNDATIONS = Set.of("runtime", "contract", "paging", "personaldata");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("forum.projections.(*)..")
            .should().beFreeOfCycles()
            .because("two packages that import each other are one package in two places: neither can be read, "
                    + "changed or tested without the other");

    @ArchTest
    static final ArchRule theContractAndPagingStandAlone = noClasses()
            .that().resideInAnyPackage("forum.projections.contract..", "forum.projections.paging..")
            .should().dependOnClassesThat(resideInAPackage("forum.projections..")
                    .and(not(resideInAnyPackage("forum.projections.contract..", "forum.projections.paging.."))))
            .because("the publisher and the rebuild in forum-api import the contract, and the API imports paging: "
                    + "whatever these imported would come along");

    @ArchTest
    static final ArchRule theRuntimeKnowsNoFeature = noClasses()
            .that().resideInAPackage("forum.projections.runtime..")
            .should().dependOnClassesThat(resideInAPackage("forum.projections..")
                    .and(not(resideInAnyPackage("forum.projections.runtime..", "forum.projections.contract.."))))
            .because("features plug into the runtime by implementing Projection; a runtime that knew a feature "
                    + "would have to change with it");

    @ArchTest
    static final ArchRule theRuntimesPublicClassesAreItsFace = classes()
            .that().resideInAPackage("forum.projections.runtime").and().arePublic().and().areTopLevelClasses()
            .should().haveNameMatching("forum\\.projections\\.runtime\\.(" + String.join("|", RUNTIME_FACE) + ")")
            .because("the rest of the runtime is package-private so that no feature leans on how records are "
                    + "batched, positioned or retried; making one more class public widens the face, which is a "
                    + "decision to take here, in RUNTIME_FACE, not by accident");

    @ArchTest
    static final ArchRule nothingOutsideTheRuntimeUsesMoreThanItsFace = noClasses()
            .that().resideOutsideOfPackage("forum.projections.runtime..")
            .should().dependOnClassesThat(resideInAPackage("forum.projections.runtime..").and(notOnTheFace()))
            .because("a feature implements Projection and writes through ReadModelWrites; the consumers behind "
                    + "them may change without the features noticing");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOther = classes()
            .that(resideInAFeature())
            .should(onlyHaveDependenciesWhere(notIntoAnotherFeature()))
            .because("a feature's tables and queries change with its own events; one exception: the meeting page "
                    + "keeps an action-item table of its own of the board's shape, written by the board's "
                    + "ActionItemRows so that the two cannot drift apart");

    private static boolean isOrIsIn(JavaClass javaClass, String className) {
        return javaClass.getName().equals(className) || javaClass.getName().startsWith(className + "$");
    }

    /** The first package level under forum.projections ("" for forum.projections itself), or null outside it. */
    static String sliceOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (name.equals("forum.projections")) {
            return "";
        }
        if (!name.startsWith("forum.projections.")) {
            return null;
        }
        String below = name.substring("forum.projections.".length());
        int dot = below.indexOf('.');
        return dot < 0 ? below : below.substring(0, dot);
    }

    private static boolean isFeature(String slice) {
        return slice != null && !slice.isEmpty() && !FOUNDATIONS.contains(slice);
    }

    private static DescribedPredicate<JavaClass> resideInAFeature() {
        return DescribedPredicate.describe("reside in a feature package", javaClass -> isFeature(sliceOf(javaClass)));
    }

    private static DescribedPredicate<JavaClass> notOnTheFace() {
        return DescribedPredicate.describe("are not on the runtime's face " + RUNTIME_FACE, javaClass -> {
            JavaClass topLevel = javaClass;
            while (topLevel.getEnclosingClass().isPresent()) {
                topLevel = topLevel.getEnclosingClass().get();
            }
            return !RUNTIME_FACE.contains(topLevel.getSimpleName());
        });
    }

    private static DescribedPredicate<Dependency> notIntoAnotherFeature() {
        return DescribedPredicate.describe("the target is in no other feature package (but meeting -> ActionItemRows)",
                dependency -> {
                    String from = sliceOf(dependency.getOriginClass());
                    String to = sliceOf(dependency.getTargetClass());
                    boolean intoAnotherFeature = isFeature(to) && !to.equals(from);
                    boolean meetingsActionItems = "meeting".equals(from) && isOrIsIn(dependency.getTargetClass(),
                            "forum.projections.actionitem.ActionItemRows");
                    return !intoAnotherFeature || meetingsActionItems;
                });
    }
}
