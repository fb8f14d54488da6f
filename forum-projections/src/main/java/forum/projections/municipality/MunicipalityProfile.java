package forum.projections.municipality;

import java.time.Instant;
import java.util.UUID;

public record MunicipalityProfile(UUID tenantId, String municipalityKey, String name, String country,
                                  String officialCode, String coordinatorName, String coordinatorEmail,
                                  Instant signedUpAt) {
}
