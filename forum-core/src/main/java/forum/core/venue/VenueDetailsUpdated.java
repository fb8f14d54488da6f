package forum.core.venue;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.axonframework.serialization.Revision;

import forum.core.shared.PersonalData;

/** The venue's details after the change, and which of them changed (the case's timeline names those). */
@Revision("1")
public record VenueDetailsUpdated(UUID tenantId,
                                  UUID venueId,
                                  Set<VenueDetail> changed,
                                  String name,
                                  String address,
                                  @PersonalData(subject = "licence-holder", of = "venueId") String licenceHolder,
                                  LicenceKind licenceKind,
                                  String servingHours,
                                  LocalDate licenceValidFrom,
                                  LocalDate licenceValidTo) implements VenueEvent {
}
