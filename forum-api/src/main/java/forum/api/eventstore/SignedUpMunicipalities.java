package forum.api.eventstore;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import forum.core.municipality.MunicipalityDirectory;
import forum.core.municipality.MunicipalitySignedUp;

/**
 * Whether a tenant's first event in the store is its sign-up. The municipality's stream is keyed by its official
 * key, not its tenant, so this reads by tenant (the store's tenant index), inside the command's transaction: it has
 * entered the invited tenant, whose events alone row-level security shows it.
 */
class SignedUpMunicipalities implements MunicipalityDirectory {

    private final JdbcClient jdbc;

    SignedUpMunicipalities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(UUID tenantId) {
        return tenantId != null && jdbc.sql("""
                        select payload_type from domain_event_entry
                        where event_tenant(meta_data) = :tenant
                        order by global_index
                        limit 1
                        """)
                .param("tenant", tenantId.toString())
                .query(String.class)
                .optional()
                .filter(MunicipalitySignedUp.class.getName()::equals)
                .isPresent();
    }
}
