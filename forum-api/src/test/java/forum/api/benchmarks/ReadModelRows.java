package forum.api.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Five years of 750 municipalities in the read-model tables, written by SQL as the server's superuser (past
 * row-level security): the venue register (50 venues per municipality, 20 issues each, recommendations,
 * decisions) and the network statistics facts derived from the same rows (10 networks of 75 members, a
 * meeting a month with attendance by role). The statistics' counts per municipality and quarter (statistics_quarter)
 * are counted from those facts by the fact tables' triggers as the facts are written, as in the application; they are
 * not among the rows {@link #write} returns ({@link #countsPerQuarter}). Ids are md5 of a readable key, so the
 * benchmark can name them.
 */
final class ReadModelRows {

    static final int TENANTS = 750;
    static final int VENUES_PER_TENANT = 50;
    static final int ISSUES_PER_VENUE = 20;
    static final int NETWORKS = 10;
    static final int MEETINGS_PER_TENANT = 60;

    private static final int VENUES = TENANTS * VENUES_PER_TENANT;

    private static final String[] STATEMENTS = {
            sql("""
            insert into venue (tenant_id, venue_id, name, address, licence_number, licence_holder, licence_kind,
                               serving_hours, registered_at)
            select md5('q-tenant-' || (v % 750))::uuid, md5('q-venue-' || v)::uuid,
                   (array['Baren', 'Klubben', 'Puben', 'Krogen', 'Nattklubben'])[1 + v % 5] || ' ' || v,
                   'Storgatan ' || (v % 200), 'BEV-' || v, 'Innehavare ' || v,
                   (array['PERMANENT_PUBLIC', 'PERMANENT_PRIVATE_FUNCTIONS', 'TEMPORARY', 'CATERING',
                          'OTHER'])[1 + v % 5],
                   '18:00-03:00', now() - interval '5 years' + (v % 1000) * interval '1 day'
            from generate_series(0, {0}) v
            """, VENUES - 1),
            sql("""
            insert into venue_issue (tenant_id, issue_id, venue_id, category, observed_at, source, severity,
                                     description, registered_at, sequence, resolved_at, resolution)
            select md5('q-tenant-' || ((i / {0}) % 750))::uuid, md5('q-issue-' || i)::uuid,
                   md5('q-venue-' || (i / {0}))::uuid,
                   (array['UNDERAGE_ADMISSION', 'SERVING_MINORS', 'OVERSERVING', 'ILLEGAL_MARKETING', 'DRUGS',
                          'VIOLENCE', 'FAKE_ID', 'DISORDER', 'LICENCE_CONDITION_BREACH', 'OTHER'])[1 + (i * 7) % 10],
                   g.at, (array['POLICE', 'INSPECTION', 'FORUM_MEMBER', 'PUBLIC'])[1 + i % 4],
                   (array['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'])[1 + (i / 3) % 4],
                   'Guest visibly intoxicated was served two more drinks at the bar; door staff did not intervene.'
                       || ' Observed during a routine visit.',
                   g.at + interval '1 hour', 1 + i % {0},
                   case when g.at < now() - interval '60 days' and i % 10 <> 0 then g.at + interval '14 days' end,
                   case when g.at < now() - interval '60 days' and i % 10 <> 0
                        then 'Talked through with the licence holder at the forum meeting.' end
            from (select i, now() - random() * interval '5 years' as at from generate_series(0, {1}) i) g
            """, ISSUES_PER_VENUE, VENUES * ISSUES_PER_VENUE - 1),
            sql("""
            insert into venue_recommendation (tenant_id, recommendation_id, venue_id, kind, rationale, issue_ids,
                                              meeting_id, issued_at, sequence, revoked_at, revocation_reason,
                                              decided_at)
            select md5('q-tenant-' || ((r / 2) % 750))::uuid, md5('q-recommendation-' || r)::uuid,
                   md5('q-venue-' || (r / 2))::uuid,
                   (array['WARNING', 'SUSPENSION', 'REVOCATION', 'NO_ACTION'])[1 + r % 4],
                   'Repeated overserving despite earlier talks.',
                   jsonb_build_array(md5('q-issue-' || ((r / 2) * 20))::uuid), null, g.at, 100 + r % 2,
                   case when r % 10 = 0 then g.at + interval '7 days' end,
                   case when r % 10 = 0 then 'The venue changed its door staff.' end,
                   case when r % 2 = 0 and r % 10 <> 0 then g.at + interval '30 days' end
            from (select r, now() - random() * interval '5 years' as at from generate_series(0, {0}) r) g
            """, VENUES * 2 - 1),
            sql("""
            insert into venue_decision (tenant_id, decision_id, venue_id, recommendation_id, outcome, effective_from,
                                        effective_to, authority_reference, recorded_at, sequence)
            select md5('q-tenant-' || ((d * 2) % 750))::uuid, md5('q-decision-' || d)::uuid,
                   md5('q-venue-' || (d * 2))::uuid, md5('q-recommendation-' || (d * 4))::uuid,
                   (array['NO_ACTION', 'REMARK', 'WARNING', 'SUSPENSION', 'REVOCATION'])[1 + d % 5],
                   g.at::date, case when d % 5 = 3 then g.at::date + 30 end, 'DNR ' || d, g.at, 200
            from (select d, now() - random() * interval '5 years' as at from generate_series(0, {0}) d) g
            """, VENUES / 2 - 1),
            sql("""
            insert into network (network_id, name, country, created_at)
            select md5('q-network-' || n)::uuid, 'Nätverk ' || n, 'SE', now() - interval '6 years'
            from generate_series(0, {0}) n
            """, NETWORKS - 1),
            sql("""
            insert into network_membership (network_id, tenant_id, joined_at, left_at)
            select md5('q-network-' || (t % {0}))::uuid, md5('q-tenant-' || t)::uuid, now() - interval '6 years', null
            from generate_series(0, 749) t
            """, NETWORKS),
            sql("""
            insert into statistics_municipality (tenant_id, municipality_key, name, country)
            select md5('q-tenant-' || t)::uuid, 'SE-' || lpad(t::text, 4, '0'), 'Kommun ' || t, 'SE'
            from generate_series(0, 749) t
            """,
            """
            insert into operator_municipality (tenant_id, name, country, official_code, signed_up_at)
            select md5('q-tenant-' || t)::uuid, 'Kommun ' || t, 'SE', lpad(t::text, 4, '0'), now() - interval '6 years'
            from generate_series(0, 749) t
            """,
            """
            insert into statistics_meeting (tenant_id, meeting_id, starts_at, cancelled, attendance_recorded,
                                            minutes_recorded)
            select md5('q-tenant-' || (m % 750))::uuid, md5('q-meeting-' || m)::uuid,
                   now() - (m / 750) * interval '1 month', m % 20 = 0, m % 10 <> 0, m % 5 <> 0
            from generate_series(0, {0}) m
            """, TENANTS * MEETINGS_PER_TENANT - 1),
            sql("""
            insert into statistics_attendance (tenant_id, meeting_id, role, present, absent)
            select s.tenant_id, s.meeting_id, r.role, 1 + abs(hashtext(s.meeting_id::text || r.role)) % 3,
                   abs(hashtext(r.role || s.meeting_id::text)) % 2
            from statistics_meeting s
            cross join (values ('COORDINATOR'), ('POLICE'), ('LICENSING'), ('SSP')) r(role)
            where s.attendance_recorded
              and s.tenant_id in (select md5('q-tenant-' || t)::uuid from generate_series(0, 749) t)
            """),
            sql("""
            insert into statistics_issue (tenant_id, issue_id, category, observed_at)
            select tenant_id, issue_id, category, observed_at from venue_issue
            where tenant_id in (select md5('q-tenant-' || t)::uuid from generate_series(0, 749) t)
            """),
            sql("""
            insert into statistics_recommendation (tenant_id, recommendation_id, kind, issued_at)
            select tenant_id, recommendation_id, kind, issued_at from venue_recommendation
            where tenant_id in (select md5('q-tenant-' || t)::uuid from generate_series(0, 749) t)
            """),
            sql("""
            insert into statistics_decision (tenant_id, decision_id, outcome, recorded_at)
            select tenant_id, decision_id, outcome, recorded_at from venue_decision
            where tenant_id in (select md5('q-tenant-' || t)::uuid from generate_series(0, 749) t)
            """),
            sql("""
            insert into statistics_venue (tenant_id, venue_id, registered_at)
            select tenant_id, venue_id, registered_at from venue
            where tenant_id in (select md5('q-tenant-' || t)::uuid from generate_series(0, 749) t)
            """),
            "analyze"
    };

    private ReadModelRows() {
    }

    /** The statement with {0}, {1} replaced by the values. */
    static String sql(String template, Object... values) {
        String sql = template;
        for (int i = 0; i < values.length; i++) {
            sql = sql.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return sql;
    }

    /**
     * Writes everything in one transaction; returns the rows written. Once per database: the benchmarks that read
     * these rows share one application context, so a second call finds them written and writes nothing.
     */
    static long write(BenchDatabase database) throws SQLException {
        if (database.queryLong("select count(*) from venue where tenant_id = ?", tenant(0)) > 0) {
            return 0;
        }
        return execute(database, STATEMENTS);
    }

    /** Runs the statements in one transaction as the superuser, an "analyze" after its commit; the rows written. */
    static long execute(BenchDatabase database, String... statements) throws SQLException {
        long rows = 0;
        try (Connection connection = database.asSuperuser(); Statement sql = connection.createStatement()) {
            sql.execute("set synchronous_commit = off");
            connection.setAutoCommit(false);
            for (String statement : statements) {
                if (statement.equals("analyze")) {
                    connection.commit();
                    connection.setAutoCommit(true);
                    sql.execute(statement);
                } else {
                    rows += sql.executeUpdate(statement);
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        return rows;
    }

    /** The counts per municipality and quarter that the triggers wrote for municipality t; none would mean no trend. */
    static long countsPerQuarter(BenchDatabase database, int t) throws SQLException {
        return database.queryLong("select count(*) from statistics_quarter where tenant_id = ?", tenant(t));
    }

    static UUID tenant(int t) {
        return GeneratedVenues.md5Uuid("q-tenant-" + t);
    }

    /** The n-th venue of tenant t. */
    static UUID venue(int t, int n) {
        return GeneratedVenues.md5Uuid("q-venue-" + (n * TENANTS + t));
    }

    static UUID network(int n) {
        return GeneratedVenues.md5Uuid("q-network-" + n);
    }

    /** The network tenant t belongs to. */
    static UUID networkOf(int t) {
        return network(t % NETWORKS);
    }
}
