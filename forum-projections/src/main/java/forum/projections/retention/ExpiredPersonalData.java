package forum.projections.retention;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.core.shared.PersonalData;
import forum.projections.runtime.TenantScope;

/**
 * The data subjects of one municipality whose retention period has ended and that are not erased yet, oldest first,
 * at most {@code limit} of them (the rest are due at the next run).
 */
@Service
public class ExpiredPersonalData {

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    ExpiredPersonalData(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    /** The issues resolved before the cutoff whose description still reads ({@code issue:<id>}). */
    @Transactional(readOnly = true)
    public List<String> issuesResolvedBefore(UUID tenant, Instant cutoff, int limit) {
        tenantScope.enter(tenant);
        return jdbc.sql("""
                        select issue_id from venue_issue
                        where tenant_id = :tenant and resolved_at < :cutoff and description <> :erased
                        order by resolved_at, issue_id
                        limit :limit
                        """)
                .param("tenant", tenant)
                .param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .param("erased", PersonalData.ERASED)
                .param("limit", limit)
                .query(UUID.class)
                .list().stream().map(id -> "issue:" + id).toList();
    }

    /**
     * The forum members removed before the cutoff whose name still reads ({@code member:<id>}); a member still in
     * another forum under the same id is not due.
     */
    @Transactional(readOnly = true)
    public List<String> membersRemovedBefore(UUID tenant, Instant cutoff, int limit) {
        tenantScope.enter(tenant);
        return jdbc.sql("""
                        select m.member_id from forum_member m
                        where m.tenant_id = :tenant and m.removed_at < :cutoff and m.person_name <> :erased
                          and not exists (select 1 from forum_member current
                                          where current.tenant_id = m.tenant_id and current.member_id = m.member_id
                                            and current.removed_at is null)
                        group by m.member_id
                        order by max(m.removed_at), m.member_id
                        limit :limit
                        """)
                .param("tenant", tenant)
                .param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .param("erased", PersonalData.ERASED)
                .param("limit", limit)
                .query(UUID.class)
                .list().stream().map(id -> "member:" + id).toList();
    }
}
