package forum.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "forum.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsFreeOfInfrastructure = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "javax.persistence..", "org.apache.kafka..", "com.fasterxml.jackson..", "lombok..")
            .because("the domain is the glossary in code: its rules are read, tested and changed without a container, "
                    + "a database or a broker");

    @ArchTest
    static final ArchRule noCyclesBetweenAggregates = slices().matching("forum.core.(*)..").should().beFreeOfCycles()
            .because("an aggregate that other aggregates need offers them a port (ForumDirectory); two that imported "
                    + "each other could not be understood or changed apart");

    @ArchTest
    static final ArchRule sharedKernelKnowsNoAggregate = noClasses()
            .that().resideInAPackage("forum.core.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("forum.core.municipality..", "forum.core.network..",
                    "forum.core.forum..", "forum.core.meeting..", "forum.core.venue..")
            .because("every aggregate uses the shared kernel; a kernel that knew one aggregate would tie all of them "
                    + "to it");

    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .should().callMethodWhere(readsTheSystemClock())
            .because("domain code takes time from an injected java.time.Clock");

    @ArchTest
    static final ArchRule nothingSleeps = noClasses().should().callMethod(Thread.class, "sleep", long.class)
            .because("a command handler that sleeps holds its aggregate's lock and the request's thread; the domain "
                    + "decides on what it is given, and waiting belongs to the callers, with timeouts");

    private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        return DescribedPredicate.describe("reads the system clock", call -> {
            JavaClass owner = call.getTargetOwner();
            String name = call.getName();
            List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
            boolean javaTimeNow = owner.getPackageName().equals("java.time") && name.equals("now")
                    && parameters.stream().noneMatch(parameter -> parameter.isAssignableTo(Clock.class));
            boolean systemClock = owner.isEquivalentTo(Clock.class) && name.startsWith("system");
            boolean systemTime = owner.isEquivalentTo(System.class)
                    && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
            return javaTimeNow || systemClock || systemTime;
        });
    }
}
