package forum.core.venue;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

/**
 * Without a {@code recommendationId} the decision stands on its own and needs an {@code authorityReference};
 * {@code to} may be null. Where penalty points apply (Norway) the decision may name the breach it answers: its type
 * (a code of the penalty-point rule set in force on the day it was committed) and that day; both or neither.
 */
public record RecordLicensingDecision(UUID tenantId,
                                      @TargetAggregateIdentifier UUID venueId,
                                      UUID decisionId,
                                      UUID recommendationId,
                                      DecisionOutcome outcome,
                                      LocalDate from,
                                      LocalDate to,
                                      String authorityReference,
                                      String breachType,
                                      LocalDate breachCommittedOn) implements TenantCommand {

    /** A decision that names no breach. */
    public RecordLicensingDecision(UUID tenantId, UUID venueId, UUID decisionId, UUID recommendationId,
                                   DecisionOutcome outcome, LocalDate from, LocalDate to, String authorityReference) {
        this(tenantId, venueId, decisionId, recommendationId, outcome, from, to, authorityReference, null, null);
    }
}
