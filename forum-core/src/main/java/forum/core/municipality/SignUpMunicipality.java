package forum.core.municipality;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import forum.core.shared.PersonalData;
import forum.core.shared.TenantCommand;

public record SignUpMunicipality(UUID tenantId,
                                 String name,
                                 Country country,
                                 String officialCode,
                                 @PersonalData String coordinatorName,
                                 @PersonalData String coordinatorEmail) implements TenantCommand {

    @TargetAggregateIdentifier
    public String municipalityKey() {
        return Municipality.keyOf(country, officialCode);
    }
}
