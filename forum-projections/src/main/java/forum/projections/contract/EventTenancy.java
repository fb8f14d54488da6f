package forum.projections.contract;

import forum.core.agreement.AgreementEvent;
import forum.core.erasure.ErasureEvent;
import forum.core.forum.ForumEvent;
import forum.core.meeting.MeetingEvent;
import forum.core.municipality.MunicipalityEvent;
import forum.core.network.MembershipEvent;
import forum.core.network.NetworkEvent;
import forum.core.shared.DomainEvent;
import forum.core.training.TrainingEvent;
import forum.core.venue.VenueEvent;

import java.util.Optional;
import java.util.UUID;

/**
 * The tenant a record's rows belong to. A municipality's own events name their tenant twice, in the
 * envelope and in the payload; a record where the two differ is refused (dead letter) rather than written
 * under either tenant.
 */
public final class EventTenancy {

    private EventTenancy() {
    }

    /** The tenant of a municipality's own event; empty for the cross-tenant network events. */
    public static Optional<UUID> tenantOf(DomainEvent event) {
        if (event instanceof MunicipalityEvent e) {
            return Optional.ofNullable(e.tenantId());
        }
        if (event instanceof ForumEvent e) {
            return Optional.ofNullable(e.tenantId());
        }
        if (event instanceof MeetingEvent e) {
            return Optional.ofNullable(e.tenantId());
        }
        if (event instanceof VenueEvent e) {
            return Optional.ofNullable(e.tenantId());
        }
        if (event instanceof ErasureEvent e) {
            return Optional.ofNullable(e.tenantId());
        }
        if (event instanceof AgreementEvent e) {
            return Optional.ofNullable(e.tenantId());
        }
        if (event instanceof TrainingEvent e) {
            return Optional.ofNullable(e.tenantId());
        }
        if (event instanceof NetworkEvent) {
            return Optional.empty();
        }
        throw new MalformedEventException("No tenancy rule for " + event.getClass().getSimpleName());
    }

    public static boolean isTenantEvent(DomainEvent event) {
        return !(event instanceof NetworkEvent);
    }

    /**
     * The tenant the record's rows are written under: a municipality's own event's, checked against the payload;
     * for the shared
     * network's events, the municipality that joins or leaves (its membership rows are its own); none for the
     * rest, which write no tenant's rows.
     */
    public static UUID rowsTenant(DomainEventRecord record, DomainEvent event) {
        if (isTenantEvent(event)) {
            UUID payloadTenant = tenantOf(event).orElse(null);
            if (record.tenantId() == null || !record.tenantId().equals(payloadTenant)) {
                throw new MalformedEventException("Event " + record.id() + " of type " + record.type()
                        + " names another tenant in its payload than in its envelope");
            }
            return payloadTenant;
        }
        if (event instanceof MembershipEvent membership) {
            return membership.tenantId();
        }
        return null;
    }
}
