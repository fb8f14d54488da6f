package forum.core.venue;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * {@code recommendationId}, {@code to} and {@code authorityReference} may be null; so are {@code breachType} and
 * {@code breachCommittedOn} (both or neither), and in every event stored before a decision could name its breach.
 */
@Revision("1")
public record LicensingDecisionRecorded(UUID tenantId,
                                        UUID venueId,
                                        UUID decisionId,
                                        UUID recommendationId,
                                        DecisionOutcome outcome,
                                        LocalDate from,
                                        LocalDate to,
                                        String authorityReference,
                                        String breachType,
                                        LocalDate breachCommittedOn) implements VenueEvent {

    /** A decision that names no breach. */
    public LicensingDecisionRecorded(UUID tenantId, UUID venueId, UUID decisionId, UUID recommendationId,
                                     DecisionOutcome outcome, LocalDate from, LocalDate to, String authorityReference) {
        this(tenantId, venueId, decisionId, recommendationId, outcome, from, to, authorityReference, null, null);
    }
}
