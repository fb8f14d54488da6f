package forum.core.municipality;

import static forum.core.shared.Violations.conflict;
import static forum.core.shared.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalityTest {

    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private FixtureConfiguration<Municipality> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Municipality.class);
    }

    private static SignUpMunicipality signUp(UUID tenant, Country country, String code) {
        return new SignUpMunicipality(tenant, "Karlstads kommun", country, code, "Anna Berg", "anna.berg@karlstad.se");
    }

    private static MunicipalitySignedUp signedUp(Country country, String code) {
        return new MunicipalitySignedUp(TENANT, country + "-" + code, "Karlstads kommun", country, code,
                "Anna Berg", "anna.berg@karlstad.se");
    }

    @ParameterizedTest
    @CsvSource({"SE, 1780", "DK, 101", "NO, 0301"})
    void canSignUpMunicipality(Country country, String code) {
        fixture.givenNoPriorActivity()
                .when(signUp(TENANT, country, code))
                .expectSuccessfulHandlerExecution()
                .expectEvents(signedUp(country, code));
    }

    @ParameterizedTest
    @CsvSource({"DK, 1010", "DK, 10", "SE, 178", "SE, 17800", "NO, 301", "SE, 17a0", "SE, ' 1780'"})
    void cannotSignUpWithOfficialCodeOfWrongFormat(Country country, String code) {
        fixture.givenNoPriorActivity()
                .when(signUp(TENANT, country, code))
                .expectException(violation("municipality.official-code-format", "officialCode"))
                .expectNoEvents();
    }

    @Test
    void cannotSignUpTheSameOfficialCodeTwice() {
        fixture.given(signedUp(Country.SE, "1780"))
                .when(signUp(OTHER_TENANT, Country.SE, "1780"))
                .expectException(conflict("municipality.already-signed-up"))
                .expectNoEvents();
    }

    @Test
    void cannotSignUpWithoutName() {
        fixture.givenNoPriorActivity()
                .when(new SignUpMunicipality(TENANT, " ", Country.SE, "1780", "Anna Berg", "anna.berg@karlstad.se"))
                .expectException(violation("validation.required", "name"))
                .expectNoEvents();
    }

    @Test
    void cannotSignUpWithTooLongName() {
        fixture.givenNoPriorActivity()
                .when(new SignUpMunicipality(TENANT, "x".repeat(201), Country.SE, "1780", "Anna", "anna@karlstad.se"))
                .expectException(violation("validation.too-long", "name"))
                .expectNoEvents();
    }

    @Test
    void cannotSignUpWithoutCountry() {
        fixture.givenNoPriorActivity()
                .when(new SignUpMunicipality(TENANT, "Karlstad", null, "1780", "Anna", "anna@karlstad.se"))
                .expectException(violation("validation.required", "country"))
                .expectNoEvents();
    }

    @Test
    void cannotSignUpWithoutCoordinatorName() {
        fixture.givenNoPriorActivity()
                .when(new SignUpMunicipality(TENANT, "Karlstad", Country.SE, "1780", null, "anna@karlstad.se"))
                .expectException(violation("validation.required", "coordinatorName"))
                .expectNoEvents();
    }

    @Test
    void cannotSignUpWithMalformedCoordinatorEmail() {
        fixture.givenNoPriorActivity()
                .when(new SignUpMunicipality(TENANT, "Karlstad", Country.SE, "1780", "Anna", "anna-at-karlstad"))
                .expectException(violation("validation.email-format", "coordinatorEmail"))
                .expectNoEvents();
    }

    @Test
    void signUpTargetsTheCountryQualifiedOfficialCode() {
        var target = AnnotationCommandTargetResolver.builder().build()
                .resolveTarget(GenericCommandMessage.asCommandMessage(signUp(TENANT, Country.SE, "1780")));

        assertThat(target.getIdentifier()).isEqualTo("SE-1780").isEqualTo(Municipality.keyOf(Country.SE, "1780"));
    }
}
