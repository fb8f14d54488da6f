package forum.api.venue;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import forum.core.venue.VenueClosureReason;
import jakarta.validation.constraints.NotNull;

/** Closing a venue, named as {@link forum.core.venue.CloseVenue}'s components. */
public class ClosureForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closedOn;
    @NotNull
    private VenueClosureReason reason;

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public VenueClosureReason getReason() {
        return reason;
    }

    public void setReason(VenueClosureReason reason) {
        this.reason = reason;
    }
}
