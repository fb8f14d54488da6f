package forum.projections.runtime;

import forum.projections.support.AsTenant;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The queued statements the tests of ReadModelWrites send, on two small tables of the network statistics (venues
 * and meetings), under the tenant the transaction has chosen; and reading them back as that tenant.
 */
@Component
class QueuedStatistics {

    static final Timestamp REGISTERED_AT = Timestamp.from(Instant.parse("2026-03-01T18:00:00Z"));

    private final ReadModelWrites writes;
    private final TenantScope tenantScope;
    private final AsTenant asTenant;

    QueuedStatistics(ReadModelWrites writes, TenantScope tenantScope, AsTenant asTenant) {
        this.writes = writes;
        this.tenantScope = tenantScope;
        this.asTenant = asTenant;
    }

    void registerVenue(UUID venue) {
        writes.sql("insert into statistics_venue (tenant_id, venue_id, registered_at) values (:tenant, :venue, :at)")
                .param("tenant", tenantScope.tenant())
                .param("venue", venue)
                .param("at", REGISTERED_AT)
                .queue();
    }

    void registerVenueOnce(UUID venue) {
        writes.sql("""
                        insert into statistics_venue (tenant_id, venue_id, registered_at) values (:tenant, :venue, :at)
                        on conflict (tenant_id, venue_id) do nothing
                        """)
                .param("tenant", tenantScope.tenant())
                .param("venue", venue)
                .param("at", REGISTERED_AT)
                .queue();
    }

    /** An insert the database refuses: a venue's registration date may not be null. */
    void registerVenueWithoutItsDate() {
        writes.sql("insert into statistics_venue (tenant_id, venue_id, registered_at) values (:tenant, :venue, null)")
                .param("tenant", tenantScope.tenant())
                .param("venue", UUID.randomUUID())
                .queue();
    }

    void scheduleMeeting(UUID meeting, Timestamp startsAt) {
        meetingStatement("insert into statistics_meeting (tenant_id, meeting_id, starts_at)"
                + " values (:tenant, :meeting, :at)", meeting).param("at", startsAt).queue();
    }

    void moveMeeting(UUID meeting, Timestamp startsAt) {
        meetingStatement("update statistics_meeting set starts_at = :at"
                + " where tenant_id = :tenant and meeting_id = :meeting", meeting).param("at", startsAt).queue();
    }

    void cancelMeeting(UUID meeting) {
        meetingStatement("update statistics_meeting set cancelled = true"
                + " where tenant_id = :tenant and meeting_id = :meeting", meeting).queue();
    }

    /** A statement on the current tenant's meeting. */
    private ReadModelWrites.Write meetingStatement(String sql, UUID meeting) {
        return writes.sql(sql).param("tenant", tenantScope.tenant()).param("meeting", meeting);
    }

    Instant startsAt(UUID tenant, UUID meeting) {
        return meetingColumn(tenant, meeting, "starts_at", Timestamp.class).toInstant();
    }

    boolean cancelled(UUID tenant, UUID meeting) {
        return meetingColumn(tenant, meeting, "cancelled", Boolean.class);
    }

    private <T> T meetingColumn(UUID tenant, UUID meeting, String column, Class<T> type) {
        return asTenant.run(tenant, sql -> sql.sql("select " + column + " from statistics_meeting"
                + " where meeting_id = :m").param("m", meeting).query(type).single());
    }

    /** The rows of the table the tenant can see. */
    long count(UUID tenant, String table) {
        return asTenant.allRows(tenant, table).size();
    }
}
