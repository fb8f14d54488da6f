package forum.core.agreement;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

import forum.core.shared.PersonalData;

@Revision("1")
public record AgreementEnded(UUID tenantId,
                             UUID agreementId,
                             UUID venueId,
                             LocalDate endedOn,
                             AgreementEndReason reason,
                             @PersonalData(subject = "agreement", of = "agreementId") String note)
        implements AgreementEvent {
}
