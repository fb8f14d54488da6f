package forum.projections.stream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumMethod;
import forum.core.municipality.Country;
import forum.core.network.MunicipalityJoinedNetwork;
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

        assertThat(EventTenancy.verifiedTenant(envelope(tenant), event)).isEqualTo(tenant);
        assertThatThrownBy(() -> EventTenancy.verifiedTenant(envelope(UUID.randomUUID()), event))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventTenancy.verifiedTenant(envelope(null), event))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void networkEventsBelongToNoTenant() {
        DomainEvent joined = new MunicipalityJoinedNetwork(UUID.randomUUID(), UUID.randomUUID());

        assertThat(EventTenancy.isTenantEvent(joined)).isFalse();
        assertThat(EventTenancy.tenantOf(new NetworkCreated(UUID.randomUUID(), "N", Country.DK))).isEmpty();
        assertThat(EventTenancy.verifiedTenant(envelope(null), joined)).isNull();
    }
}
