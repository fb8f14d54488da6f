package forum.core.agreement;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.forum.ForumMethod;
import forum.core.shared.PersonalData;
import forum.core.shared.TenantCommand;

/** {@code staffCount}: how many serve alcohol at the venue, as the venue states it (the base of training coverage). */
public record SignAgreement(UUID tenantId,
                            @TargetAggregateIdentifier UUID agreementId,
                            UUID venueId,
                            ForumMethod method,
                            LocalDate signedOn,
                            @PersonalData String signedForVenue,
                            @PersonalData String signedForMunicipality,
                            Set<Commitment> commitments,
                            @PersonalData String otherCommitments,
                            int staffCount) implements TenantCommand {
}
