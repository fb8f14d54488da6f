package forum.core.venue;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.TenantCommand;

/**
 * Without a {@code recommendationId} the decision stands on its own and needs an {@code authorityReference};
 * {@code to} may be null.
 */
public record RecordLicensingDecision(UUID tenantId,
                                      @TargetAggregateIdentifier UUID venueId,
                                      UUID decisionId,
                                      UUID recommendationId,
                                      DecisionOutcome outcome,
                                      LocalDate from,
                                      LocalDate to,
                                      String authorityReference) implements TenantCommand {
}
