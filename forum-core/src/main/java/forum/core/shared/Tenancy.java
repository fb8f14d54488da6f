package forum.core.shared;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.AggregateNotFoundException;

/** Makes an aggregate of another tenant indistinguishable from one that does not exist. */
public final class Tenancy {

    /** The message Axon's EventSourcingRepository uses when an aggregate has no events. */
    public static final String NOT_FOUND_MESSAGE = "The aggregate was not found in the event store";

    private Tenancy() {
    }

    public static void requireSameTenant(UUID aggregateTenantId, TenantCommand command, Object aggregateId) {
        if (!Objects.equals(aggregateTenantId, command.tenantId())) {
            throw new AggregateNotFoundException(String.valueOf(aggregateId), NOT_FOUND_MESSAGE);
        }
    }
}
