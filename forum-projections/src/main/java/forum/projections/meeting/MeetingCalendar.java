package forum.projections.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.forum.MemberRole;
import forum.projections.paging.PageQuery;
import forum.projections.paging.ResultPage;
import forum.projections.runtime.Conditions;
import forum.projections.runtime.TenantScope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static forum.projections.runtime.Rows.date;
import static forum.projections.runtime.Rows.instant;
import static forum.projections.runtime.Rows.timestamp;
import static forum.projections.runtime.Rows.uuid;

/** The meetings of one municipality; row-level security and the explicit tenant condition both apply. */
@Service
public class MeetingCalendar {

    private static final String STATUS = """
            case when m.cancelled_at is not null then 'CANCELLED'
                 when m.attendance_recorded_at is not null or m.minutes_recorded_at is not null then 'HELD'
                 else 'SCHEDULED' end""";

    private static final String ACTION_ITEMS = """
            select a.action_item_id, a.meeting_id, m.starts_at as meeting_starts_at, a.owner_member_id,
                   o.person_name as owner_name, a.what, a.due, a.assigned_at, a.completed_at
            from meeting_action_item a
            join meeting m on m.tenant_id = a.tenant_id and m.meeting_id = a.meeting_id
            left join forum_member o on o.tenant_id = a.tenant_id and o.forum_id = m.forum_id
                                    and o.member_id = a.owner_member_id
            """;

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final ObjectMapper json;

    MeetingCalendar(JdbcClient jdbc, TenantScope tenantScope, ObjectMapper json) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.json = json;
    }

    /** Meetings not yet over at {@code now} (ending after it), soonest first. */
    @Transactional(readOnly = true)
    public ResultPage<MeetingSummary> upcoming(UUID tenantId, Instant now, MeetingFilter filter, PageQuery page) {
        return calendar(tenantId, filter, page, "m.ends_at > :now", now, "m.starts_at asc");
    }

    /** Meetings over at {@code now}, latest first. */
    @Transactional(readOnly = true)
    public ResultPage<MeetingSummary> past(UUID tenantId, Instant now, MeetingFilter filter, PageQuery page) {
        return calendar(tenantId, filter, page, "m.ends_at <= :now", now, "m.starts_at desc");
    }

    private ResultPage<MeetingSummary> calendar(UUID tenantId, MeetingFilter filter, PageQuery page, String timing,
                                                Instant now, String order) {
        tenantScope.enter(tenantId);
        Conditions where = new Conditions()
                .add("m.tenant_id = :tenant", "tenant", tenantId)
                .add(timing, "now", timestamp(now))
                .addIfPresent("m.forum_id = :forum", "forum", filter.forumId())
                .addIfPresent("m.forum_id = any(cast(:forums as uuid[]))", "forums", filter.forumsAmong() == null ? null
                        : filter.forumsAmong().stream().map(UUID::toString).toArray(String[]::new))
                .addIfPresent("m.starts_at >= :from", "from", timestamp(filter.from()))
                .addIfPresent("m.starts_at < :to", "to", timestamp(filter.to()));
        long total = jdbc.sql("select count(*) from meeting m" + where.where())
                .params(where.params())
                .query(Long.class)
                .single();
        List<MeetingSummary> meetings = jdbc.sql("""
                        select m.meeting_id, m.forum_id, f.name as forum_name, m.starts_at, m.ends_at, m.location,
                               m.minutes_approved_at, %s as status
                        from meeting m
                        left join forum f on f.tenant_id = m.tenant_id and f.forum_id = m.forum_id
                        %s
                        order by %s, m.meeting_id
                        limit :limit offset :offset
                        """.formatted(STATUS, where.where(), order))
                .params(where.params())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((row, n) -> new MeetingSummary(
                        uuid(row, "meeting_id"),
                        uuid(row, "forum_id"),
                        row.getString("forum_name"),
                        instant(row, "starts_at"),
                        instant(row, "ends_at"),
                        row.getString("location"),
                        MeetingStatus.valueOf(row.getString("status")),
                        row.getObject("minutes_approved_at") != null))
                .list();
        return new ResultPage<>(meetings, page.number(), page.size(), total);
    }

    /** One meeting's page; empty when the tenant has no such meeting. */
    @Transactional(readOnly = true)
    public Optional<MeetingDetail> detail(UUID tenantId, UUID meetingId) {
        tenantScope.enter(tenantId);
        return jdbc.sql("""
                        select m.*, f.name as forum_name, %s as status
                        from meeting m
                        left join forum f on f.tenant_id = m.tenant_id and f.forum_id = m.forum_id
                        where m.tenant_id = :tenant and m.meeting_id = :meeting
                        """.formatted(STATUS))
                .param("tenant", tenantId)
                .param("meeting", meetingId)
                .query((row, n) -> detailOf(row, tenantId, meetingId))
                .optional();
    }

    private MeetingDetail detailOf(ResultSet row, UUID tenantId, UUID meetingId) throws SQLException {
        Instant cancelledAt = instant(row, "cancelled_at");
        Instant minutesRecordedAt = instant(row, "minutes_recorded_at");
        Instant minutesApprovedAt = instant(row, "minutes_approved_at");
        UUID forumId = uuid(row, "forum_id");
        Instant startsAt = instant(row, "starts_at");
        return new MeetingDetail(
                meetingId,
                forumId,
                row.getString("forum_name"),
                startsAt,
                instant(row, "ends_at"),
                row.getString("location"),
                agenda(row.getString("agenda")),
                MeetingStatus.valueOf(row.getString("status")),
                cancelledAt == null ? null : new Cancellation(cancelledAt, row.getString("cancellation_reason")),
                attendance(tenantId, meetingId, forumId),
                minutesRecordedAt == null ? null
                        : new Minutes(row.getString("minutes"), minutesRecordedAt, minutesApprovedAt != null,
                        minutesApprovedAt),
                decisions(tenantId, meetingId),
                jdbc.sql(ACTION_ITEMS + " where a.tenant_id = :tenant and a.meeting_id = :meeting"
                                + " order by a.due, a.assigned_at, a.action_item_id")
                        .param("tenant", tenantId)
                        .param("meeting", meetingId)
                        .query(ACTION_ITEM)
                        .list(),
                carriedOver(tenantId, forumId, startsAt));
    }

    /** Open items assigned in meetings of the same forum that started before this one. */
    private List<MeetingActionItem> carriedOver(UUID tenantId, UUID forumId, Instant startsAt) {
        return jdbc.sql(ACTION_ITEMS + """
                         where a.tenant_id = :tenant and m.forum_id = :forum and m.starts_at < :startsAt
                           and a.completed_at is null
                        order by a.due, m.starts_at, a.action_item_id
                        """)
                .param("tenant", tenantId)
                .param("forum", forumId)
                .param("startsAt", timestamp(startsAt))
                .query(ACTION_ITEM)
                .list();
    }

    private List<Attendance> attendance(UUID tenantId, UUID meetingId, UUID forumId) {
        return jdbc.sql("""
                        select a.member_id, p.person_name, a.role, a.present
                        from meeting_attendance a
                        left join forum_member p on p.tenant_id = a.tenant_id and p.forum_id = :forum
                                                and p.member_id = a.member_id
                        where a.tenant_id = :tenant and a.meeting_id = :meeting
                        order by a.present desc, a.role, lower(p.person_name), a.member_id
                        """)
                .param("forum", forumId)
                .param("tenant", tenantId)
                .param("meeting", meetingId)
                .query((row, n) -> new Attendance(
                        uuid(row, "member_id"),
                        row.getString("person_name"),
                        MemberRole.valueOf(row.getString("role")),
                        row.getBoolean("present")))
                .list();
    }

    private List<MeetingDecision> decisions(UUID tenantId, UUID meetingId) {
        return jdbc.sql("""
                        select text, recorded_at from meeting_decision
                        where tenant_id = :tenant and meeting_id = :meeting order by sequence
                        """)
                .param("tenant", tenantId)
                .param("meeting", meetingId)
                .query((row, n) -> new MeetingDecision(row.getString("text"), instant(row, "recorded_at")))
                .list();
    }

    private static final RowMapper<MeetingActionItem> ACTION_ITEM = (row, n) -> new MeetingActionItem(
            uuid(row, "action_item_id"),
            uuid(row, "meeting_id"),
            instant(row, "meeting_starts_at"),
            uuid(row, "owner_member_id"),
            row.getString("owner_name"),
            row.getString("what"),
            date(row, "due"),
            instant(row, "assigned_at"),
            instant(row, "completed_at"));

    private List<String> agenda(String agenda) {
        try {
            return json.readValue(agenda, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored agenda is not a JSON list", e);
        }
    }
}
