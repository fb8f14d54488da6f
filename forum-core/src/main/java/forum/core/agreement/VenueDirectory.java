package forum.core.agreement;

import java.util.UUID;

/**
 * Port through which agreements and training records learn whether a venue exists in their tenant; Axon injects it
 * as a handler parameter. A venue of another tenant does not exist.
 */
public interface VenueDirectory {

    boolean exists(UUID tenantId, UUID venueId);
}
