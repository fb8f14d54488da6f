package forum.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import forum.api.accounts.Invitations;
import forum.api.publishing.PublisherLeaningOnTheConsumers;
import forum.api.security.SecurityLeaningOnAccounts;
import forum.api.security.UserAccounts;
import forum.api.venue.VenueLeaningOnAccounts;

/**
 * The rules of ArchitectureTest fail when today's tangles come back: each case imports a few test classes
 * shaped like one (in test sources only, so ArchitectureTest never sees them) and evaluates the real rule.
 */
class TanglesArchitectureTest {

    @Test
    void thePublisherImportingTheConsumersIsRefused() {
        assertThat(violated(ArchitectureTest.thePublisherKnowsOnlyTheWireFormat,
                PublisherLeaningOnTheConsumers.class)).isTrue();
    }

    @Test
    void aFoundationAndAFeatureThatImportEachOtherAreACycle() {
        assertThat(violated(ArchitectureTest.noCyclesBetweenPackages,
                SecurityLeaningOnAccounts.class, Invitations.class, UserAccounts.class)).isTrue();
        assertThat(violated(ArchitectureTest.foundationsKnowNoFeature, SecurityLeaningOnAccounts.class)).isTrue();
    }

    @Test
    void aFeatureUsingWhatAnotherDoesNotOfferIsRefused() {
        assertThat(violated(ArchitectureTest.featuresUseEachOtherOnlyThroughTheirApi,
                VenueLeaningOnAccounts.class)).isTrue();
    }

    private static boolean violated(ArchRule rule, Class<?>... tangle) {
        JavaClasses classes = new ClassFileImporter().importClasses(tangle);
        return rule.evaluate(classes).hasViolation();
    }
}
