package forum.core.venue;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

import forum.core.shared.PersonalData;

@Revision("1")
public record VenueIssueRegistered(UUID tenantId,
                                   UUID venueId,
                                   UUID issueId,
                                   IssueCategory category,
                                   Instant observedAt,
                                   IssueSource source,
                                   @PersonalData(subject = "issue", of = "issueId") String description,
                                   Severity severity) implements VenueEvent {
}
