package forum.core.venue;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** {@code recommendationId}, {@code to} and {@code authorityReference} may be null. */
@Revision("1")
public record LicensingDecisionRecorded(UUID tenantId,
                                        UUID venueId,
                                        UUID decisionId,
                                        UUID recommendationId,
                                        DecisionOutcome outcome,
                                        LocalDate from,
                                        LocalDate to,
                                        String authorityReference) implements VenueEvent {
}
