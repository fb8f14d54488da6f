package forum.projections.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumMethod;
import forum.core.meeting.MeetingCancelled;
import forum.core.network.NetworkCreated;
import forum.core.municipality.Country;
import forum.projections.actionitem.ActionItemBoards;
import forum.projections.casetimeline.CaseTimelines;
import forum.projections.forum.Forums;
import forum.projections.meeting.MeetingCalendar;
import forum.projections.meeting.MeetingFilter;
import forum.projections.meeting.MeetingStatus;
import forum.projections.meeting.MeetingSummary;
import forum.projections.municipality.MunicipalityProfile;
import forum.projections.municipality.MunicipalityProfiles;
import forum.projections.networkstatistics.NetworkStatistics;
import forum.projections.paging.PageQuery;
import forum.projections.personaldata.SubjectKeys;
import forum.projections.contract.DomainEventRecord;
import forum.projections.contract.MalformedEventException;
import forum.projections.support.AsTenant;
import forum.projections.support.Feed;
import forum.projections.support.MunicipalityStory;
import forum.projections.support.ProjectionsIntegrationTest;
import forum.projections.support.Streams;
import forum.projections.venue.IssueFilter;
import forum.projections.venue.VenueRegister;
import forum.projections.venue.VenueStatusFilter;
import forum.projections.venue.VenueSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two municipalities with the same story: neither ever sees, nor changes, a row of the other. */
@ProjectionsIntegrationTest
class TenantIsolationIT {

    @Autowired
    Feed feed;

    @Autowired
    ProjectionConsumer consumer;

    @Autowired
    AsTenant asTenant;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Forums forums;

    @Autowired
    MeetingCalendar calendar;

    @Autowired
    ActionItemBoards boards;

    @Autowired
    VenueRegister venues;

    @Autowired
    CaseTimelines timelines;

    @Autowired
    NetworkStatistics statistics;

    @Autowired
    MunicipalityProfiles profiles;

    @Autowired
    SubjectKeys keys;

    final MunicipalityStory a = new MunicipalityStory("Alfa");
    final MunicipalityStory b = new MunicipalityStory("Beta");
    final UUID network = UUID.randomUUID();
    final Instant t0 = Instant.parse("2026-10-01T08:00:00Z");
    Streams streams;

    @BeforeEach
    void twoMunicipalitiesWithTheSameStory() {
        streams = new Streams(json);
        feed.apply(streams.next(null, network, t0, new NetworkCreated(network, "Nätverket", Country.SE)));
        feed.apply(a.invitation(streams, network, t0));
        feed.apply(a.events(streams, network, t0));
        feed.apply(b.invitation(streams, network, t0));
        feed.apply(b.events(streams, network, t0));
        // The story's records reach the consumers unsealed (no serializer wrote them): a key is made for each
        // municipality here, so that the key table is checked too.
        keys.seal(a.tenant, "member:" + UUID.randomUUID(), "Alfa's coordinator", "TenantIsolationIT");
        keys.seal(b.tenant, "member:" + UUID.randomUUID(), "Beta's coordinator", "TenantIsolationIT");
    }

    /** The read-model tables whose rows belong to a tenant, from the catalogue. */
    private List<String> tenantTables() {
        return jdbc.sql("""
                        select c.relname from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace
                        join pg_attribute a on a.attrelid = c.oid
                        where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attname = 'tenant_id'
                          and not a.attisdropped
                        order by c.relname
                        """)
                .query(String.class)
                .list();
    }

    @Test
    void withATenantSetEveryTenantTableShowsThatTenantsRowsOnly() {
        List<String> tables = tenantTables();
        assertThat(tables).contains("forum", "forum_member", "meeting", "meeting_attendance", "meeting_decision",
                "meeting_action_item", "action_item", "action_item_meeting", "venue", "venue_issue",
                "venue_recommendation", "venue_decision", "venue_timeline_entry", "municipality_profile",
                "network_membership", "network_invitation", "statistics_municipality", "statistics_meeting",
                "statistics_attendance",
                "statistics_issue", "statistics_recommendation", "statistics_decision", "statistics_venue",
                "personal_data_key", "personal_data_erasure");
        for (String table : tables) {
            assertThat(tenantsIn(a.tenant, table)).as(table).containsExactly(a.tenant);
            assertThat(tenantsIn(b.tenant, table)).as(table).containsExactly(b.tenant);
        }
    }

    @Test
    void withoutATenantNoTenantRowIsVisible() {
        for (String table : tenantTables()) {
            assertThat(asTenant.allRows(null, table)).as(table).isEmpty();
        }
    }

    @Test
    void aTenantCannotWriteARowOfAnotherTenant() {
        assertThatThrownBy(() -> asTenant.run(a.tenant, sql -> sql.sql("""
                        insert into forum (tenant_id, forum_id, name, method, meetings_per_year, established_at)
                        values (:tenant, :forum, 'Inbrott', 'OTHER', 1, now())
                        """)
                .param("tenant", b.tenant)
                .param("forum", UUID.randomUUID())
                .update()))
                .rootCause().hasMessageContaining("violates row-level security");
        Integer changed = asTenant.run(a.tenant, sql -> sql.sql("update forum set name = 'Kapad' where forum_id = :forum")
                .param("forum", b.forum)
                .update());
        assertThat(changed).isZero();
        assertThat(forums.detail(b.tenant, b.forum).orElseThrow().name()).isEqualTo("Forum i Beta");
    }

    @Test
    void everyQueryOfOneTenantLeavesOutTheOthersRows() {
        Instant now = Instant.parse("2026-10-15T00:00:00Z");
        LocalDate today = LocalDate.parse("2026-10-15");

        assertThat(forums.list(b.tenant)).extracting("forumId").containsExactly(b.forum);
        assertThat(forums.detail(b.tenant, a.forum)).isEmpty();
        assertThat(calendar.upcoming(b.tenant, now, MeetingFilter.none(), PageQuery.first(50)).items())
                .extracting(MeetingSummary::meetingId).containsExactly(b.meeting);
        assertThat(calendar.detail(b.tenant, a.meeting)).isEmpty();
        assertThat(boards.board(b.tenant, a.forum, today).open()).isEmpty();
        assertThat(boards.board(b.tenant, b.forum, today).open()).extracting("actionItemId").containsExactly(b.actionItem);
        assertThat(venues.venues(b.tenant, VenueStatusFilter.ALL, PageQuery.first(50)).items())
                .extracting(VenueSummary::venueId).containsExactly(b.venue);
        assertThat(venues.venue(b.tenant, a.venue)).isEmpty();
        assertThat(venues.issues(b.tenant, IssueFilter.venue(a.venue), PageQuery.first(50)).items()).isEmpty();
        assertThat(timelines.timeline(b.tenant, a.venue, true)).isEmpty();
        assertThat(statistics.memberships(b.tenant)).hasSize(1);
        assertThat(profiles.of(b.tenant)).map(MunicipalityProfile::name).contains("Beta");
    }

    @Test
    void aRecordOfOneTenantNamingAnotherTenantsAggregateChangesNothingOfTheOther() {
        // The next sequences of the aggregates: a record after a gap would be held before its tenant is looked at.
        feed.apply(streams.next(b.tenant, a.meeting, t0.plusSeconds(60), "intruder",
                new MeetingCancelled(b.tenant, a.meeting, "Fel kommun")));
        feed.apply(streams.next(b.tenant, a.forum, t0.plusSeconds(60), "intruder",
                new ForumEstablished(b.tenant, a.forum, "Kapat", ForumMethod.OTHER, 1)));

        assertThat(calendar.detail(a.tenant, a.meeting).orElseThrow().status()).isEqualTo(MeetingStatus.HELD);
        assertThat(forums.detail(a.tenant, a.forum).orElseThrow().name()).isEqualTo("Forum i Alfa");
    }

    @Test
    void aRecordWhoseEnvelopeAndPayloadNameDifferentTenantsIsRefusedAndWritesNothing() {
        DomainEventRecord forged = streams.record(b.tenant, a.meeting, 100, t0.plusSeconds(60), "intruder",
                new MeetingCancelled(a.tenant, a.meeting, "Förfalskad"));

        assertThatThrownBy(() -> consumer.apply(forged)).isInstanceOf(MalformedEventException.class);
        assertThat(calendar.detail(a.tenant, a.meeting).orElseThrow().cancellation()).isNull();
    }

    private Set<UUID> tenantsIn(UUID tenant, String table) {
        return asTenant.allRows(tenant, table).stream()
                .map(row -> (UUID) row.get("tenant_id"))
                .collect(Collectors.toSet());
    }
}
