package forum.projections.actionitem;

import forum.projections.runtime.Conditions;
import forum.projections.runtime.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static forum.projections.runtime.Rows.date;
import static forum.projections.runtime.Rows.instant;
import static forum.projections.runtime.Rows.uuid;

/**
 * The action-item boards of one municipality's forums. {@code today} is the caller's date (from its
 * {@link java.time.Clock} in the user's zone): an item due on {@code today} is not yet overdue.
 */
@Service
public class ActionItemBoards {

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    ActionItemBoards(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    /** Every action item of the forum's meetings. */
    @Transactional(readOnly = true)
    public ActionItemBoard board(UUID tenantId, UUID forumId, LocalDate today) {
        return boardOf(tenantId, forumId, null, today);
    }

    /** The forum's action items owned by one member. */
    @Transactional(readOnly = true)
    public ActionItemBoard boardOfOwner(UUID tenantId, UUID forumId, UUID ownerMemberId, LocalDate today) {
        return boardOf(tenantId, forumId, ownerMemberId, today);
    }

    /** Each owner's open, overdue and done items in the forum, owners with the most overdue items first. */
    @Transactional(readOnly = true)
    public List<OwnerLoad> owners(UUID tenantId, UUID forumId, LocalDate today) {
        tenantScope.enter(tenantId);
        return jdbc.sql("""
                        select a.owner_member_id, o.person_name as owner_name,
                               count(*) filter (where a.completed_at is null and a.due >= :today) as open,
                               count(*) filter (where a.completed_at is null and a.due < :today) as overdue,
                               count(*) filter (where a.completed_at is not null) as done
                        from action_item a
                        join action_item_meeting m on m.tenant_id = a.tenant_id and m.meeting_id = a.meeting_id
                        left join forum_member o on o.tenant_id = a.tenant_id and o.forum_id = m.forum_id
                                                and o.member_id = a.owner_member_id
                        where a.tenant_id = :tenant and m.forum_id = :forum
                        group by a.owner_member_id, o.person_name
                        order by overdue desc, open desc, lower(o.person_name), a.owner_member_id
                        """)
                .param("today", today)
                .param("tenant", tenantId)
                .param("forum", forumId)
                .query((row, n) -> new OwnerLoad(uuid(row, "owner_member_id"), row.getString("owner_name"),
                        row.getInt("open"), row.getInt("overdue"), row.getInt("done")))
                .list();
    }

    private ActionItemBoard boardOf(UUID tenantId, UUID forumId, UUID ownerMemberId, LocalDate today) {
        tenantScope.enter(tenantId);
        Conditions where = new Conditions()
                .add("a.tenant_id = :tenant", "tenant", tenantId)
                .add("m.forum_id = :forum", "forum", forumId)
                .addIfPresent("a.owner_member_id = :owner", "owner", ownerMemberId);
        List<ActionItem> items = jdbc.sql("""
                        select a.action_item_id, a.meeting_id, m.starts_at as meeting_starts_at, a.owner_member_id,
                               o.person_name as owner_name, a.what, a.due, a.assigned_at, a.completed_at
                        from action_item a
                        join action_item_meeting m on m.tenant_id = a.tenant_id and m.meeting_id = a.meeting_id
                        left join forum_member o on o.tenant_id = a.tenant_id and o.forum_id = m.forum_id
                                                and o.member_id = a.owner_member_id
                        """ + where.where() + " order by a.due, m.starts_at, a.action_item_id")
                .params(where.params())
                .query((row, n) -> new ActionItem(
                        uuid(row, "action_item_id"),
                        uuid(row, "meeting_id"),
                        instant(row, "meeting_starts_at"),
                        uuid(row, "owner_member_id"),
                        row.getString("owner_name"),
                        row.getString("what"),
                        date(row, "due"),
                        instant(row, "assigned_at"),
                        instant(row, "completed_at")))
                .list();
        return new ActionItemBoard(forumId, today,
                items.stream().filter(item -> !item.done() && !item.overdueOn(today)).toList(),
                items.stream().filter(item -> item.overdueOn(today)).toList(),
                items.stream().filter(ActionItem::done)
                        .sorted(Comparator.comparing(ActionItem::completedAt).reversed()).toList());
    }
}
