package forum.projections.agreement;

import java.time.LocalDate;
import java.util.UUID;

/** An agreement in force whose renewal is due soon: what the reminders (issue 26) read. */
public record RenewalDue(UUID agreementId, UUID venueId, String venueName, LocalDate renewalDue) {
}
