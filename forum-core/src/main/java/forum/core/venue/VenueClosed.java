package forum.core.venue;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** The venue no longer serves; it stays in the register and its case history, marked closed. */
@Revision("1")
public record VenueClosed(UUID tenantId,
                          UUID venueId,
                          LocalDate closedOn,
                          VenueClosureReason reason) implements VenueEvent {
}
