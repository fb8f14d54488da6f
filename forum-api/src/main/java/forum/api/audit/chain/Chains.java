package forum.api.audit.chain;

import java.util.UUID;

/** The chains' names: a tenant's is its id; the national networks' events have one chain between them. */
public final class Chains {

    public static final String NETWORK = "network";
    /** Events that name no tenant (none are written so; listed if one ever is). */
    public static final String NONE = "none";

    private Chains() {
    }

    public static String of(UUID tenant) {
        return tenant.toString();
    }
}
