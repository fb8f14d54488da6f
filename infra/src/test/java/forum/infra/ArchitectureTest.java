package forum.infra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "forum.infra", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule infraKnowsNothingOfTheDomain = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("forum.core..", "forum.projections..", "forum.api..")
            .because("infra is what Forum runs on (servers, topics, database roles); the modules above it depend on "
                    + "it, so anything of theirs here would be a cycle between modules, and a change of the domain "
                    + "would reach the platform");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("forum.infra.(*)..")
            .should().beFreeOfCycles()
            .because("two packages that import each other are one package in two places: neither can be read, "
                    + "changed or tested without the other");
}
