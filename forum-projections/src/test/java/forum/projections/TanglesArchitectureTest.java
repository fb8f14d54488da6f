package forum.projections;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import forum.projections.contract.ContractLeaningOnTheRuntime;
import forum.projections.lag.LagLeaningOnStream;
import forum.projections.runtime.PublicButNotOnTheFace;
import forum.projections.stream.StreamLeaningOnLag;
import forum.projections.venue.VenueLeaningOnMeetings;

/**
 * The rules of ArchitectureTest fail when today's tangles come back: each case imports a few test classes
 * shaped like one (in test sources only, so ArchitectureTest never sees them) and evaluates the real rule.
 */
class TanglesArchitectureTest {

    @Test
    void twoPackagesThatImportEachOtherAreACycle() {
        assertThat(violated(ArchitectureTest.noCyclesBetweenPackages,
                StreamLeaningOnLag.class, LagLeaningOnStream.class)).isTrue();
    }

    @Test
    void theContractImportingTheConsumersIsRefused() {
        assertThat(violated(ArchitectureTest.theContractAndPagingStandAlone,
                ContractLeaningOnTheRuntime.class)).isTrue();
    }

    @Test
    void aRuntimeClassMadePublicOutsideTheFaceIsRefused() {
        assertThat(violated(ArchitectureTest.theRuntimesPublicClassesAreItsFace,
                PublicButNotOnTheFace.class)).isTrue();
    }

    @Test
    void aFeatureUsingAnotherFeatureIsRefused() {
        assertThat(violated(ArchitectureTest.featuresDoNotDependOnEachOther,
                VenueLeaningOnMeetings.class)).isTrue();
    }

    private static boolean violated(ArchRule rule, Class<?>... tangle) {
        JavaClasses classes = new ClassFileImporter().importClasses(tangle);
        return rule.evaluate(classes).hasViolation();
    }
}
