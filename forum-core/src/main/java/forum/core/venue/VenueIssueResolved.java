package forum.core.venue;

import java.util.UUID;

import org.axonframework.serialization.Revision;

import forum.core.shared.PersonalData;

@Revision("1")
public record VenueIssueResolved(UUID tenantId,
                                 UUID venueId,
                                 UUID issueId,
                                 @PersonalData(subject = "issue", of = "issueId") String resolution) implements VenueEvent {
}
