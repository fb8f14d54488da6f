package forum.api.venue.importing;

import java.time.LocalDate;

import forum.core.venue.LicenceKind;

/** One good line of an imported file: a venue's details, the licence period optional. */
record ImportLine(int line, String licenceNumber, String name, String address, String licenceHolder,
                  LicenceKind licenceKind, String servingHours, LocalDate licenceValidFrom,
                  LocalDate licenceValidTo) {
}
