package forum.projections.contract;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumMethod;
import forum.core.municipality.Country;
import forum.core.network.MunicipalityJoinedNetwork;
import forum.core.network.MunicipalityLeftNetwork;
import forum.core.network.NetworkCreated;
import forum.core.shared.DomainEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTenancyTest {

    private static DomainEventRecord envelope(UUID tenant) {
        return new DomainEventRecord("id", "forum.forum.ForumEstablished.v1", "subject", 0, tenant, Instant.EPOCH,
                null, null, JsonNodeFactory.instance.objectNode());
    }

    @Test
    void aMunicipalitysEventMustNameTheSameTenantInEnvelopeAndPayload() {
        UUID tenant = UUID.randomUUID();
        DomainEvent event = new ForumEstablished(tenant, UUID.randomUUID(), "Forum", ForumMethod.OTHER, 4);

        assertThat(EventTenancy.rowsTenant(envelope(tenant), event)).isEqualTo(tenant);
        assertThatThrownBy(() -> EventTenancy.rowsTenant(envelope(UUID.randomUUID()), event))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventTenancy.rowsTenant(envelope(null), event))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void networkEventsBelongToNoTenantButAMembershipIsWrittenUnderItsMunicipality() {
        UUID member = UUID.randomUUID();
        DomainEvent joined = new MunicipalityJoinedNetwork(UUID.randomUUID(), member);
        DomainEvent created = new NetworkCreated(UUID.randomUUID(), "N", Country.DK);

        assertThat(EventTenancy.isTenantEvent(joined)).isFalse();
        assertThat(EventTenancy.tenantOf(created)).isEmpty();
        assertThat(EventTenancy.rowsTenant(envelope(null), joined)).isEqualTo(member);
        assertThat(EventTenancy.rowsTenant(envelope(null), new MunicipalityLeftNetwork(UUID.randomUUID(), member)))
                .isEqualTo(member);
        assertThat(EventTenancy.rowsTenant(envelope(null), created)).isNull();
    }
}
