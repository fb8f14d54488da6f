package forum.core.network;

import static forum.core.shared.Violations.notFound;
import static forum.core.shared.Violations.violation;

import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import forum.core.municipality.Country;
import forum.core.municipality.MunicipalityDirectory;

class NetworkTest {

    private static final UUID NETWORK = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID SIGNED_UP = TENANT;
    private static final MunicipalityInvitedToNetwork INVITED = new MunicipalityInvitedToNetwork(NETWORK, TENANT);
    private static final NetworkCreated CREATED = new NetworkCreated(NETWORK, "Krogar mot knark", Country.SE);

    private FixtureConfiguration<Network> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Network.class);
        fixture.registerInjectableResource((MunicipalityDirectory) SIGNED_UP::equals);
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
    void networkCanInviteSignedUpMunicipality() {
        fixture.given(CREATED)
                .when(new InviteMunicipalityToNetwork(TENANT, NETWORK))
                .expectEvents(INVITED);
    }

    @Test
    void cannotInviteMunicipalityThatNeverSignedUp() {
        fixture.given(CREATED)
                .when(new InviteMunicipalityToNetwork(UUID.randomUUID(), NETWORK))
                .expectException(notFound("network.unknown-municipality", "tenantId"))
                .expectNoEvents();
    }

    @Test
    void cannotInviteTwice() {
        fixture.given(CREATED, INVITED)
                .when(new InviteMunicipalityToNetwork(TENANT, NETWORK))
                .expectException(violation("network.already-invited", "tenantId"))
                .expectNoEvents();
    }

    @Test
    void cannotInviteMember() {
        fixture.given(CREATED, INVITED, new MunicipalityJoinedNetwork(NETWORK, TENANT))
                .when(new InviteMunicipalityToNetwork(TENANT, NETWORK))
                .expectException(violation("network.already-member", "tenantId"))
                .expectNoEvents();
    }

    @Test
    void cannotJoinWithoutInvitation() {
        fixture.given(CREATED)
                .when(new JoinNetwork(TENANT, NETWORK))
                .expectException(violation("network.not-invited"))
                .expectNoEvents();
    }

    @Test
    void invitedMunicipalityCanDecline() {
        fixture.given(CREATED, INVITED)
                .when(new DeclineNetworkInvitation(TENANT, NETWORK))
                .expectEvents(new NetworkInvitationDeclined(NETWORK, TENANT));
    }

    @Test
    void networkCanWithdrawInvitation() {
        fixture.given(CREATED, INVITED)
                .when(new WithdrawNetworkInvitation(TENANT, NETWORK))
                .expectEvents(new NetworkInvitationWithdrawn(NETWORK, TENANT));
    }

    @Test
    void cannotJoinOnWithdrawnOrDeclinedInvitation() {
        fixture.given(CREATED, INVITED, new NetworkInvitationWithdrawn(NETWORK, TENANT))
                .when(new JoinNetwork(TENANT, NETWORK))
                .expectException(violation("network.not-invited"));
        fixture.given(CREATED, INVITED, new NetworkInvitationDeclined(NETWORK, TENANT))
                .when(new JoinNetwork(TENANT, NETWORK))
                .expectException(violation("network.not-invited"));
    }

    @Test
    void cannotDeclineWithoutInvitation() {
        fixture.given(CREATED)
                .when(new DeclineNetworkInvitation(TENANT, NETWORK))
                .expectException(violation("network.not-invited"))
                .expectNoEvents();
    }

    @Test
    void invitedMunicipalityCanJoinNetwork() {
        fixture.given(CREATED, INVITED)
                .when(new JoinNetwork(TENANT, NETWORK))
                .expectEvents(new MunicipalityJoinedNetwork(NETWORK, TENANT));
    }

    @Test
    void cannotJoinNetworkTwice() {
        fixture.given(CREATED, INVITED, new MunicipalityJoinedNetwork(NETWORK, TENANT))
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
    void municipalityCanRejoinAfterLeavingOnNewInvitation() {
        fixture.given(CREATED, INVITED, new MunicipalityJoinedNetwork(NETWORK, TENANT),
                        new MunicipalityLeftNetwork(NETWORK, TENANT), INVITED)
                .when(new JoinNetwork(TENANT, NETWORK))
                .expectEvents(new MunicipalityJoinedNetwork(NETWORK, TENANT));
    }
}
