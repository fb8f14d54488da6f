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
                    "javax.persistence..", "org.apache.kafka..", "com.fasterxml.jackson..", "lombok..");

    @ArchTest
    static final ArchRule noCyclesBetweenAggregates = slices().matching("forum.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sharedKernelKnowsNoAggregate = noClasses()
            .that().resideInAPackage("forum.core.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("forum.core.municipality..", "forum.core.network..",
                    "forum.core.forum..", "forum.core.meeting..", "forum.core.venue..");

    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .should().callMethodWhere(readsTheSystemClock())
            .because("domain code takes time from an injected java.time.Clock");

    @ArchTest
    static final ArchRule nothingSleeps = noClasses().should().callMethod(Thread.class, "sleep", long.class);

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
