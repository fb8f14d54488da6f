package forum.api.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static forum.api.benchmarks.ReadModelRows.sql;

/**
 * What the pages read beside ReadModelRows, for the same 750 municipalities and five years, written by SQL as the
 * server's superuser: two forums of 12 members each per municipality (one removed), the meetings of
 * ReadModelRows' statistics (one a month, alternating between the forums, with the same ids, cancellations,
 * attendance and minutes) and three to come, attendance of every member, decisions, three action items per meeting
 * (most done, a few overdue) on the meeting pages and the boards, and each venue's case timeline from its issues,
 * recommendations and decisions. A signed-up municipality can then take a copy of municipality 0's five years.
 */
final class ForumRows {

    static final int FORUMS_PER_TENANT = 2;
    static final int MEMBERS_PER_FORUM = 12;
    static final int UPCOMING_PER_TENANT = 3;
    static final int ACTION_ITEMS_PER_MEETING = 3;

    private static final int TENANTS = ReadModelRows.TENANTS;
    private static final int MEETINGS = TENANTS * ReadModelRows.MEETINGS_PER_TENANT;
    private static final String GENERATED = "tenant_id in (select md5('q-tenant-' || t)::uuid from generate_series(0, "
            + (TENANTS - 1) + ") t)";
    /** Member roles by the member's place in its forum (k mod 12): the first one coordinates. */
    private static final String ROLES = "(array['COORDINATOR', 'POLICE', 'LICENSING', 'SSP', 'HEALTH', 'TAXI',"
            + " 'NIGHT_WALKERS', 'RESTAURATEUR', 'POLITICIAN', 'OTHER', 'POLICE', 'RESTAURATEUR'])";
    /** The forum of ReadModelRows' meeting m: the municipality's first one in even months, its second in odd. */
    private static final String FORUM_OF_MEETING = "(m % 750 + 750 * ((m / 750) % 2))";

    private static final String[] STATEMENTS = {
            sql("""
            insert into forum (tenant_id, forum_id, name, method, meetings_per_year, coordinator_member_id,
                               established_at)
            select md5('q-tenant-' || (f % 750))::uuid, md5('q-forum-' || f)::uuid,
                   (array['Trygt uteliv', 'Ansvarlig servering'])[1 + f / 750] || ' ' || (f % 750),
                   (array['NIGHTLIFE_SAFETY', 'RESPONSIBLE_SERVING'])[1 + f / 750], 6,
                   md5('q-member-' || (f * {1}))::uuid, now() - interval '6 years'
            from generate_series(0, {0}) f
            """, TENANTS * FORUMS_PER_TENANT - 1, MEMBERS_PER_FORUM),
            sql("""
            insert into forum_member (tenant_id, forum_id, member_id, person_name, email, organisation, role,
                                      added_at, removed_at)
            select md5('q-tenant-' || ((k / {1}) % 750))::uuid, md5('q-forum-' || (k / {1}))::uuid,
                   md5('q-member-' || k)::uuid, 'Person ' || k, 'member-' || k || '@example.se',
                   'Organisation ' || (k % {1}), {2}[1 + k % {1}], now() - interval '6 years',
                   case when k % {1} = {1} - 1 then now() - interval '1 year' end
            from generate_series(0, {0}) k
            """, TENANTS * FORUMS_PER_TENANT * MEMBERS_PER_FORUM - 1, MEMBERS_PER_FORUM, ROLES),
            sql("""
            insert into meeting (tenant_id, meeting_id, forum_id, starts_at, ends_at, location, agenda, scheduled_at,
                                 cancelled_at, cancellation_reason, attendance_recorded_at, minutes,
                                 minutes_recorded_at, minutes_approved_at)
            select md5('q-tenant-' || (m % 750))::uuid, md5('q-meeting-' || m)::uuid,
                   md5('q-forum-' || {1})::uuid, g.at, g.at + interval '2 hours', 'Rådhuset, sal ' || (m % 7),
                   '["Läget i krogarna", "Ärenden sedan sist", "Övrigt"]'::jsonb, g.at - interval '30 days',
                   case when m % 20 = 0 then g.at - interval '2 days' end,
                   case when m % 20 = 0 then 'Too few members could come.' end,
                   case when m % 10 <> 0 then g.at + interval '1 day' end,
                   case when m % 5 <> 0 then 'The forum went through the issues since the last meeting and agreed'
                       || ' on visits to the venues with repeated overserving. Next meeting as planned.' end,
                   case when m % 5 <> 0 then g.at + interval '2 days' end,
                   case when m % 5 <> 0 and m >= 750 then g.at + interval '20 days' end
            from (select m, date_trunc('hour', now()) - interval '1 day' - (m / 750) * interval '1 month' as at
                  from generate_series(0, {0}) m) g
            """, MEETINGS - 1, FORUM_OF_MEETING),
            sql("""
            insert into meeting (tenant_id, meeting_id, forum_id, starts_at, ends_at, location, agenda, scheduled_at)
            select md5('q-tenant-' || (u % 750))::uuid, md5('q-upcoming-' || u)::uuid,
                   md5('q-forum-' || (u % 750 + 750 * ((u / 750) % 2)))::uuid, g.at, g.at + interval '2 hours',
                   'Rådhuset, sal ' || (u % 7), '["Läget i krogarna", "Övrigt"]'::jsonb, now() - interval '1 day'
            from (select u, date_trunc('hour', now()) + (1 + u / 750) * interval '1 month' as at
                  from generate_series(0, {0}) u) g
            """, TENANTS * UPCOMING_PER_TENANT - 1),
            sql("""
            insert into meeting_attendance (tenant_id, meeting_id, member_id, role, present)
            select md5('q-tenant-' || (m % 750))::uuid, md5('q-meeting-' || m)::uuid,
                   md5('q-member-' || ({1} * {2} + j))::uuid, {3}[1 + j], (m + j) % 5 <> 0
            from generate_series(0, {0}) m cross join generate_series(0, {2} - 1) j
            where m % 10 <> 0
            """, MEETINGS - 1, FORUM_OF_MEETING, MEMBERS_PER_FORUM, ROLES),
            sql("""
            insert into meeting_decision (tenant_id, meeting_id, sequence, text, recorded_at)
            select md5('q-tenant-' || (m % 750))::uuid, md5('q-meeting-' || m)::uuid, 10 + d,
                   'Visit the venues with repeated overserving before the next meeting.',
                   now() - (m / 750) * interval '1 month'
            from generate_series(0, {0}) m cross join generate_series(0, 1) d
            where m % 5 <> 0
            """, MEETINGS - 1),
            sql("""
            insert into meeting_action_item (tenant_id, action_item_id, meeting_id, owner_member_id, what, due,
                                             assigned_at, completed_at)
            select md5('q-tenant-' || (m % 750))::uuid, md5('q-action-item-' || a)::uuid,
                   md5('q-meeting-' || m)::uuid, md5('q-member-' || ({1} * {2} + (a * 7) % ({2} - 1)))::uuid,
                   'Talk to the licence holder about the door staff', (g.at + interval '30 days')::date, g.at,
                   case when m / 750 >= 2 and a % 30 <> 0 then g.at + interval '20 days' end
            from (select a, a / {3} as m, date_trunc('hour', now()) - interval '1 day'
                                                - (a / {3} / 750) * interval '1 month' as at
                  from generate_series(0, {0}) a) g
            where m % 20 <> 0
            """, MEETINGS * ACTION_ITEMS_PER_MEETING - 1, FORUM_OF_MEETING, MEMBERS_PER_FORUM,
                    ACTION_ITEMS_PER_MEETING),
            sql("""
            insert into action_item (tenant_id, action_item_id, meeting_id, owner_member_id, what, due, assigned_at,
                                     completed_at)
            select tenant_id, action_item_id, meeting_id, owner_member_id, what, due, assigned_at, completed_at
            from meeting_action_item where {0}
            """, GENERATED),
            sql("""
            insert into action_item_meeting (tenant_id, meeting_id, forum_id, starts_at)
            select tenant_id, meeting_id, forum_id, starts_at from meeting where {0}
            """, GENERATED),
            timeline("0", "VENUE_REGISTERED", "registered_at",
                    "'Venue registered with a ' || licence_kind || ' licence'",
                    "null, null, null, null, null, null, null, null, 'licenceHolder', licence_holder", "venue", "true"),
            timeline("sequence", "ISSUE_REGISTERED", "registered_at",
                    "'Issue registered: ' || category || ', severity ' || severity || ', source ' || source",
                    "issue_id, category, severity, null, null, observed_at, null, null, 'description', description",
                    "venue_issue", "true"),
            timeline("50 + sequence", "ISSUE_RESOLVED", "resolved_at", "'Issue resolved: ' || category",
                    "issue_id, category, null, null, null, null, null, null, 'resolution', resolution",
                    "venue_issue", "resolved_at is not null"),
            timeline("sequence", "RECOMMENDATION_ISSUED", "issued_at",
                    "'Recommendation issued: ' || kind || ' on 1 issue'",
                    "recommendation_id, null, null, kind, null, null, null, null, 'rationale', rationale",
                    "venue_recommendation", "true"),
            timeline("10 + sequence", "RECOMMENDATION_REVOKED", "revoked_at", "'Recommendation revoked: ' || kind",
                    "recommendation_id, null, null, kind, null, null, null, null, 'reason', revocation_reason",
                    "venue_recommendation", "revoked_at is not null"),
            timeline("sequence", "DECISION_RECORDED", "recorded_at",
                    "'Licensing decision: ' || outcome || ' from ' || effective_from"
                            + " || coalesce(' to ' || effective_to, '') || ' on the forum''s recommendation'",
                    "decision_id, null, null, null, outcome, null, effective_from, effective_to, null, null",
                    "venue_decision", "true"),
            "analyze"
    };

    /** The tables a copy of a municipality takes: everything its own people read on the pages. */
    private static final List<String> PAGE_TABLES = List.of("venue", "venue_issue", "venue_recommendation",
            "venue_decision", "venue_timeline_entry", "forum", "forum_member", "meeting", "meeting_attendance",
            "meeting_decision", "meeting_action_item", "action_item_meeting", "action_item");

    private ForumRows() {
    }

    /** Entries of venue_timeline_entry from one read-model table, as CaseTimelineProjection writes them. */
    private static String timeline(String sequence, String kind, String occurredAt, String summary,
                                   String subjectToFreeText, String from, String where) {
        return sql("""
                insert into venue_timeline_entry (tenant_id, venue_id, sequence, kind, occurred_at, event_id, actor,
                                                  correlation_id, summary, subject_id, category, severity,
                                                  recommendation_kind, decision_outcome, observed_at, effective_from,
                                                  effective_to, free_text_label, free_text)
                select tenant_id, venue_id, {0}, '{1}', {2}, md5(venue_id::text || '{5}' || ({0}))::uuid::text,
                       null, null, {3}, {4}
                from {5} where {6} and {7}
                """, sequence, kind, occurredAt, summary, subjectToFreeText, from, GENERATED, where);
    }

    /** Writes the rows once per database (see ReadModelRows#write); the rows written. */
    static long write(BenchDatabase database) throws SQLException {
        if (database.queryLong("select count(*) from forum where tenant_id = ?", ReadModelRows.tenant(0)) > 0) {
            return 0;
        }
        return ReadModelRows.execute(database, STATEMENTS);
    }

    /** Copies municipality 0's rows of every page's table to another municipality's id; the rows written. */
    static long copyTenantZeroTo(BenchDatabase database, UUID tenant) throws SQLException {
        long rows = 0;
        try (Connection connection = database.asSuperuser()) {
            for (String table : PAGE_TABLES) {
                try (PreparedStatement copy = connection.prepareStatement(("""
                        insert into %1$s
                        select (jsonb_populate_record(null::%1$s,
                                                      to_jsonb(r) || jsonb_build_object('tenant_id', ?::text))).*
                        from %1$s r where tenant_id = ?
                        """).formatted(table))) {
                    copy.setString(1, tenant.toString());
                    copy.setObject(2, ReadModelRows.tenant(0));
                    rows += copy.executeUpdate();
                }
            }
        }
        return rows;
    }

    static UUID forum(int t, int n) {
        return GeneratedVenues.md5Uuid("q-forum-" + (n * TENANTS + t));
    }

    /** The e-mail of the n-th member of forum f (f as in forum(t, n): n * 750 + t). */
    static String memberEmail(int forumIndex, int n) {
        return "member-" + (forumIndex * MEMBERS_PER_FORUM + n) + "@example.se";
    }

    /** ReadModelRows' meeting that took place {@code monthsAgo} months ago in tenant t. */
    static UUID pastMeeting(int t, int monthsAgo) {
        return GeneratedVenues.md5Uuid("q-meeting-" + (monthsAgo * TENANTS + t));
    }

    static UUID upcomingMeeting(int t, int monthsAhead) {
        return GeneratedVenues.md5Uuid("q-upcoming-" + ((monthsAhead - 1) * TENANTS + t));
    }
}
