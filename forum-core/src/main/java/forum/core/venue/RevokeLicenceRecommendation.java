package forum.core.venue;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.PersonalData;
import forum.core.shared.TenantCommand;

public record RevokeLicenceRecommendation(UUID tenantId,
                                          @TargetAggregateIdentifier UUID venueId,
                                          UUID recommendationId,
                                          @PersonalData String reason) implements TenantCommand {
}
