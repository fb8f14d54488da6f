package forum.core.municipality;

import java.util.UUID;

import org.axonframework.serialization.Revision;

import forum.core.shared.PersonalData;

@Revision("1")
public record MunicipalitySignedUp(UUID tenantId,
                                   String municipalityKey,
                                   String name,
                                   Country country,
                                   String officialCode,
                                   @PersonalData(subject = "coordinator", of = "tenantId") String coordinatorName,
                                   @PersonalData(subject = "coordinator", of = "tenantId") String coordinatorEmail) implements MunicipalityEvent {
}
