package forum.api.erasure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.core.erasure.ErasureReason;
import forum.projections.runtime.TenantScope;

/** The municipality's erasures as ErasureProjection records them: when, why, how many places, by whom. */
@Service
public class ErasureHistory {

    /** One erasure; {@code erasedBy} is the acting account's name while it has one. */
    public record Done(UUID erasureId, Instant erasedAt, ErasureReason reason, int subjects, String erasedBy) {
    }

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    ErasureHistory(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    /** The newest first. */
    @Transactional(readOnly = true)
    public List<Done> list(UUID tenant) {
        tenantScope.enter(tenant);
        return jdbc.sql("""
                        select e.erasure_id, e.erased_at, e.reason, jsonb_array_length(e.subjects) as subjects,
                               u.display_name
                        from personal_data_erasure e left join user_account u on cast(u.user_id as text) = e.actor
                        where e.tenant_id = :tenant
                        order by e.erased_at desc, e.erasure_id""")
                .param("tenant", tenant)
                .query((row, n) -> new Done(row.getObject("erasure_id", UUID.class),
                        row.getTimestamp("erased_at").toInstant(), ErasureReason.valueOf(row.getString("reason")),
                        row.getInt("subjects"), row.getString("display_name")))
                .list();
    }
}
