package forum.projections.municipality;

import forum.projections.runtime.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/** Reads a municipality's profile; row-level security shows only the given tenant's row. */
@Service
public class MunicipalityProfiles {

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    MunicipalityProfiles(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    @Transactional(readOnly = true)
    public Optional<MunicipalityProfile> of(UUID tenantId) {
        tenantScope.enter(tenantId);
        return jdbc.sql("select * from municipality_profile where tenant_id = :tenant")
                .param("tenant", tenantId)
                .query((row, n) -> new MunicipalityProfile(
                        row.getObject("tenant_id", UUID.class),
                        row.getString("municipality_key"),
                        row.getString("name"),
                        row.getString("country"),
                        row.getString("official_code"),
                        row.getString("coordinator_name"),
                        row.getString("coordinator_email"),
                        row.getObject("signed_up_at", Timestamp.class).toInstant()))
                .optional();
    }
}
