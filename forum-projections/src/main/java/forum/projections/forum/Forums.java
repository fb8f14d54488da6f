package forum.projections.forum;

import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.projections.runtime.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static forum.projections.runtime.Rows.instant;
import static forum.projections.runtime.Rows.uuid;

/** The forums of one municipality; row-level security and the explicit tenant condition both apply. */
@Service
public class Forums {

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    Forums(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    /** Every forum of the tenant, sorted by name. */
    @Transactional(readOnly = true)
    public List<ForumSummary> list(UUID tenantId) {
        tenantScope.enter(tenantId);
        return jdbc.sql("""
                        select f.forum_id, f.name, f.method, f.meetings_per_year, f.established_at,
                               f.coordinator_member_id, c.person_name as coordinator_name,
                               (select count(*) from forum_member m
                                where m.tenant_id = f.tenant_id and m.forum_id = f.forum_id
                                  and m.removed_at is null) as member_count
                        from forum f
                        left join forum_member c on c.tenant_id = f.tenant_id and c.forum_id = f.forum_id
                                                and c.member_id = f.coordinator_member_id
                        where f.tenant_id = :tenant
                        order by lower(f.name), f.forum_id
                        """)
                .param("tenant", tenantId)
                .query((row, n) -> new ForumSummary(
                        uuid(row, "forum_id"),
                        row.getString("name"),
                        ForumMethod.valueOf(row.getString("method")),
                        row.getInt("meetings_per_year"),
                        row.getInt("member_count"),
                        uuid(row, "coordinator_member_id"),
                        row.getString("coordinator_name"),
                        instant(row, "established_at")))
                .list();
    }

    /** One forum with its current members; empty when the tenant has no such forum. */
    @Transactional(readOnly = true)
    public Optional<ForumDetail> detail(UUID tenantId, UUID forumId) {
        tenantScope.enter(tenantId);
        List<ForumMember> members = jdbc.sql("""
                        select m.member_id, m.person_name, m.email, m.organisation, m.role, m.added_at,
                               (f.coordinator_member_id is not distinct from m.member_id) as coordinator
                        from forum_member m
                        join forum f on f.tenant_id = m.tenant_id and f.forum_id = m.forum_id
                        where m.tenant_id = :tenant and m.forum_id = :forum and m.removed_at is null
                        order by lower(m.person_name), m.member_id
                        """)
                .param("tenant", tenantId)
                .param("forum", forumId)
                .query((row, n) -> new ForumMember(
                        uuid(row, "member_id"),
                        row.getString("person_name"),
                        row.getString("email"),
                        row.getString("organisation"),
                        MemberRole.valueOf(row.getString("role")),
                        row.getBoolean("coordinator"),
                        instant(row, "added_at")))
                .list();
        return jdbc.sql("""
                        select forum_id, name, method, meetings_per_year, established_at from forum
                        where tenant_id = :tenant and forum_id = :forum
                        """)
                .param("tenant", tenantId)
                .param("forum", forumId)
                .query((row, n) -> new ForumDetail(
                        uuid(row, "forum_id"),
                        row.getString("name"),
                        ForumMethod.valueOf(row.getString("method")),
                        row.getInt("meetings_per_year"),
                        instant(row, "established_at"),
                        members.stream().filter(ForumMember::coordinator).findFirst().orElse(null),
                        members))
                .optional();
    }
}
