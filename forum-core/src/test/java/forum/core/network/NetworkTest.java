package forum.core.network;

import static forum.core.shared.Violations.violation;

import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import forum.core.municipality.Country;

class NetworkTest {

    private static final UUID NETWORK = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final NetworkCreated CREATED = new NetworkCreated(NETWORK, "Krogar mot knark", Country.SE);

    private FixtureConfiguration<Network> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Network.class);
    }

    @Test
    void canCreateNetwork() {
        fixture.givenNoPriorActivity()
                .when(new CreateNetwork(NETWORK, "Krogar mot knark", Country.SE))
                .expectEvents(CREATED);
    }

    @Test
    void cannotCreateNetworkWithoutName() {
        fixture.givenNoPriorActivity()
                .when(new CreateNetwork(NETWORK, "", Country.SE))
                .expectException(violation("validation.required", "name"))
                .expectNoEvents();
    }

    @Test
    void cannotCreateNetworkWithoutCountry() {
        fixture.givenNoPriorActivity()
                .when(new CreateNetwork(NETWORK, "Krogar mot knark", null))
                .expectException(violation("validation.required", "country"))
                .expectNoEvents();
    }

    @Test
    void municipalityCanJoinNetwork() {
        fixture.given(CREATED)
                .when(new JoinNetwork(TENANT, NETWORK))
                .expectEvents(new MunicipalityJoinedNetwork(NETWORK, TENANT));
    }

    @Test
    void cannotJoinNetworkTwice() {
        fixture.given(CREATED, new MunicipalityJoinedNetwork(NETWORK, TENANT))
                .when(new JoinNetwork(TENANT, NETWORK))
                .expectException(violation("network.already-member"))
                .expectNoEvents();
    }

    @Test
    void municipalityCanLeaveNetwork() {
        fixture.given(CREATED, new MunicipalityJoinedNetwork(NETWORK, TENANT))
                .when(new LeaveNetwork(TENANT, NETWORK))
                .expectEvents(new MunicipalityLeftNetwork(NETWORK, TENANT));
    }

    @Test
    void cannotLeaveNetworkWithoutBeingMember() {
        fixture.given(CREATED)
                .when(new LeaveNetwork(TENANT, NETWORK))
                .expectException(violation("network.not-a-member"))
                .expectNoEvents();
    }

    @Test
    void municipalityCanRejoinAfterLeaving() {
        fixture.given(CREATED, new MunicipalityJoinedNetwork(NETWORK, TENANT), new MunicipalityLeftNetwork(NETWORK, TENANT))
                .when(new JoinNetwork(TENANT, NETWORK))
                .expectEvents(new MunicipalityJoinedNetwork(NETWORK, TENANT));
    }
}
