package forum.core.shared;

import java.util.UUID;

/** A command acting inside one tenant; the API fills the tenant from the signed-in user, never from the request. */
public interface TenantCommand {

    UUID tenantId();
}
