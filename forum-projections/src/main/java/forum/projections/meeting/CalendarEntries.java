package forum.projections.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.projections.runtime.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static forum.projections.runtime.Rows.instant;
import static forum.projections.runtime.Rows.timestamp;
import static forum.projections.runtime.Rows.uuid;

/**
 * The meetings of one municipality as calendars hold them (the .ics of a meeting, the subscribed feeds): no
 * minutes, decisions, attendance or reasons, only what an invitation says. Row-level security and the explicit
 * tenant condition both apply.
 */
@Service
public class CalendarEntries {

    private static final String ENTRY = """
            select m.meeting_id, m.forum_id, f.name as forum_name, m.starts_at, m.ends_at, m.location, m.agenda,
                   m.cancelled_at is not null as cancelled, m.reschedules
            from meeting m
            left join forum f on f.tenant_id = m.tenant_id and f.forum_id = m.forum_id
            """;

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final ObjectMapper json;

    CalendarEntries(JdbcClient jdbc, TenantScope tenantScope, ObjectMapper json) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.json = json;
    }

    /** One meeting; empty when the tenant has no such meeting. */
    @Transactional(readOnly = true)
    public Optional<CalendarEntry> entry(UUID tenantId, UUID meetingId) {
        tenantScope.enter(tenantId);
        return jdbc.sql(ENTRY + " where m.tenant_id = :tenant and m.meeting_id = :meeting")
                .param("tenant", tenantId)
                .param("meeting", meetingId)
                .query((row, n) -> entryOf(row))
                .optional();
    }

    /** The meetings of these forums ending after {@code since}, cancelled ones included, soonest first. */
    @Transactional(readOnly = true)
    public List<CalendarEntry> ofForums(UUID tenantId, Collection<UUID> forumIds, Instant since) {
        if (forumIds.isEmpty()) {
            return List.of();
        }
        tenantScope.enter(tenantId);
        return jdbc.sql(ENTRY + """
                         where m.tenant_id = :tenant and m.forum_id in (:forums) and m.ends_at > :since
                        order by m.starts_at, m.meeting_id
                        """)
                .param("tenant", tenantId)
                .param("forums", List.copyOf(forumIds))
                .param("since", timestamp(since))
                .query((row, n) -> entryOf(row))
                .list();
    }

    private CalendarEntry entryOf(ResultSet row) throws SQLException {
        return new CalendarEntry(
                uuid(row, "meeting_id"),
                uuid(row, "forum_id"),
                row.getString("forum_name"),
                instant(row, "starts_at"),
                instant(row, "ends_at"),
                row.getString("location"),
                agenda(row.getString("agenda")),
                row.getBoolean("cancelled"),
                row.getInt("reschedules"));
    }

    private List<String> agenda(String agenda) {
        try {
            return json.readValue(agenda, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored agenda is not a JSON list", e);
        }
    }
}
