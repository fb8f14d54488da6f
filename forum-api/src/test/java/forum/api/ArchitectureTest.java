package forum.api;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "forum.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule thePublisherKnowsOnlyTheWireFormat = noClasses()
            .that().resideInAPackage("forum.api.publishing..")
            .should().dependOnClassesThat(resideInAPackage("forum.projections..")
                    .and(not(resideInAPackage("forum.projections.contract.."))))
            .because("the publisher writes the records the consumers read; how they apply them is not its business");

    @ArchTest
    static final ArchRule theRebuildReadsTheStoreAsTheWireFormat = noClasses()
            .that().resideInAPackage("forum.api.rebuild..")
            .should().dependOnClassesThat(resideInAPackage("forum.projections..")
                    .and(not(resideInAnyPackage("forum.projections.contract..", "forum.projections.rebuild.."))))
            .because("the rebuild hands the projections' rebuild the store's events as the records of the wire "
                    + "format, nothing of the consumers' runtime");
}
