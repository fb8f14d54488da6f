package forum.core.venue;

import java.util.UUID;

import forum.core.shared.DomainEvent;

public sealed interface VenueEvent extends DomainEvent
        permits VenueRegistered, VenueIssueRegistered, VenueIssueResolved, LicenceRecommendationIssued,
        LicenceRecommendationRevoked, LicensingDecisionRecorded, VenueDetailsUpdated, VenueClosed {

    UUID tenantId();

    UUID venueId();
}
