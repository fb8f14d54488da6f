package forum.projections.forum;

import forum.core.forum.CoordinatorAppointed;
import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumEvent;
import forum.core.forum.ForumMemberAdded;
import forum.core.forum.ForumMemberRemoved;
import forum.core.shared.DomainEvent;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import forum.projections.runtime.ReadModelWrites;
import org.springframework.stereotype.Component;

import java.util.List;

import static forum.projections.runtime.Rows.timestamp;

/** Keeps {@code forum} and {@code forum_member}; every statement names the event's tenant. */
@Component
class ForumProjection implements Projection {

    private final ReadModelWrites writes;

    ForumProjection(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public String name() {
        return "forums";
    }

    @Override
    public List<String> tables() {
        return List.of("forum", "forum_member");
    }

    @Override
    public boolean handles(Class<? extends DomainEvent> eventType) {
        return ForumEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void apply(DomainEvent event, DomainEventRecord record) {
        if (event instanceof ForumEstablished established) {
            writes.sql("""
                            insert into forum (tenant_id, forum_id, name, method, meetings_per_year, established_at)
                            values (:tenant, :forum, :name, :method, :perYear, :at)
                            on conflict (tenant_id, forum_id) do nothing
                            """)
                    .param("tenant", established.tenantId())
                    .param("forum", established.forumId())
                    .param("name", established.name())
                    .param("method", established.method().name())
                    .param("perYear", established.meetingsPerYear())
                    .param("at", timestamp(record.time()))
                    .queue();
        } else if (event instanceof ForumMemberAdded added) {
            writes.sql("""
                            insert into forum_member (tenant_id, forum_id, member_id, person_name, email, organisation,
                                                      role, added_at)
                            values (:tenant, :forum, :member, :name, :email, :organisation, :role, :at)
                            on conflict (tenant_id, forum_id, member_id) do update
                            set person_name = excluded.person_name, email = excluded.email,
                                organisation = excluded.organisation, role = excluded.role,
                                added_at = excluded.added_at, removed_at = null
                            """)
                    .param("tenant", added.tenantId())
                    .param("forum", added.forumId())
                    .param("member", added.memberId())
                    .param("name", added.personName())
                    .param("email", added.email())
                    .param("organisation", added.organisation())
                    .param("role", added.role().name())
                    .param("at", timestamp(record.time()))
                    .queue();
        } else if (event instanceof ForumMemberRemoved removed) {
            writes.sql("""
                            update forum_member set removed_at = :at
                            where tenant_id = :tenant and forum_id = :forum and member_id = :member
                            """)
                    .param("at", timestamp(record.time()))
                    .param("tenant", removed.tenantId())
                    .param("forum", removed.forumId())
                    .param("member", removed.memberId())
                    .queue();
            writes.sql("""
                            update forum set coordinator_member_id = null
                            where tenant_id = :tenant and forum_id = :forum and coordinator_member_id = :member
                            """)
                    .param("tenant", removed.tenantId())
                    .param("forum", removed.forumId())
                    .param("member", removed.memberId())
                    .queue();
        } else if (event instanceof CoordinatorAppointed appointed) {
            writes.sql("update forum set coordinator_member_id = :member where tenant_id = :tenant and forum_id = :forum")
                    .param("member", appointed.memberId())
                    .param("tenant", appointed.tenantId())
                    .param("forum", appointed.forumId())
                    .queue();
        } else {
            throw unhandled(event);
        }
    }
}
