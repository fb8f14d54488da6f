package forum.api.audit.chain;

import java.io.IOException;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The chains' names: a tenant's is its id; the national networks' events have one chain between them. */
public final class Chains {

    public static final String NETWORK = "network";
    /** Events that name no tenant (none are written so; listed if one ever is). */
    public static final String NONE = "none";

    private Chains() {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static String of(UUID tenant) {
        return tenant.toString();
    }

    /** The event's chain as the database's event_tenant(meta_data) reads it (ChainStore.CHAIN_OF_EVENT). */
    public static String of(StoredEvent event) {
        if ("Network".equals(event.type())) {
            return NETWORK;
        }
        try {
            JsonNode tenant = event.metaData() == null ? null : JSON.readTree(event.metaData()).get("tenantId");
            return tenant == null || tenant.isNull() ? NONE : tenant.asText();
        } catch (IOException notJson) {
            return NONE;
        }
    }
}
