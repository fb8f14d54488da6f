package forum.core.municipality;

import java.util.UUID;

/**
 * Port through which other aggregates' command handlers learn whether a municipality signed up; Axon injects it as
 * a handler parameter. Asked inside the municipality's own tenant: another tenant's municipality is not found.
 */
public interface MunicipalityDirectory {

    boolean exists(UUID tenantId);
}
