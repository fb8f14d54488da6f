package forum.core.venue;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.PersonalData;
import forum.core.shared.TenantCommand;

public record RegisterVenueIssue(UUID tenantId,
                                 @TargetAggregateIdentifier UUID venueId,
                                 UUID issueId,
                                 IssueCategory category,
                                 Instant observedAt,
                                 IssueSource source,
                                 @PersonalData String description,
                                 Severity severity) implements TenantCommand {
}
