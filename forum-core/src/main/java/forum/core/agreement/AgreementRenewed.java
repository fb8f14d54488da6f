package forum.core.agreement;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** In force for another year: the next renewal is due a year after the one this renewal met. */
@Revision("1")
public record AgreementRenewed(UUID tenantId,
                               UUID agreementId,
                               UUID venueId,
                               LocalDate renewedOn,
                               int staffCount,
                               LocalDate renewalDue) implements AgreementEvent {
}
