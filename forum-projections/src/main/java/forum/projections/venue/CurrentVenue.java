package forum.projections.venue;

import forum.core.venue.LicenceKind;

import java.time.LocalDate;
import java.util.UUID;

/** A venue's current details as the register holds them, for matching imported lines by licence number. */
public record CurrentVenue(UUID venueId, String licenceNumber, String name, String address, String licenceHolder,
                           LicenceKind licenceKind, String servingHours, LocalDate licenceValidFrom,
                           LocalDate licenceValidTo, boolean closed) {
}
