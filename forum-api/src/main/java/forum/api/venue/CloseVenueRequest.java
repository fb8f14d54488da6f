package forum.api.venue;

import java.time.LocalDate;

import forum.core.venue.VenueClosureReason;
import jakarta.validation.constraints.NotNull;

record CloseVenueRequest(@NotNull LocalDate closedOn, @NotNull VenueClosureReason reason) {
}
