package forum.api.erasure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.core.shared.PersonalData;
import forum.projections.runtime.TenantScope;

/**
 * Finds a person in the municipality by a piece of their name or e-mail: the forum members, the coordinator named at
 * sign-up, the accounts and invitations, and the free texts that mention them. Read under the tenant's row-level
 * security; a value already erased matches nothing. A substring of free text finds what names the person, and also
 * what merely contains those letters: the coordinator chooses among the places before erasing.
 */
@Service
public class DataSubjects {

    public static final int MIN_QUERY = 3;
    public static final int MAX_QUERY = 200;

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final Clock clock;

    DataSubjects(JdbcClient jdbc, TenantScope tenantScope, Clock clock) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.clock = clock;
    }

    /** The person's data as found by the query, value by value with its place. */
    @Transactional(readOnly = true)
    public Export export(UUID tenant, String query) {
        return Export.of(query(query), clock.instant(), find(tenant, query));
    }

    /** The query as searched: trimmed; refused (400) when shorter than MIN_QUERY or longer than MAX_QUERY. */
    static String query(String query) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.length() < MIN_QUERY || trimmed.length() > MAX_QUERY) {
            throw ErasureProblems.invalid("query", "must be " + MIN_QUERY + " to " + MAX_QUERY + " characters");
        }
        return trimmed;
    }

    /** Every place of the tenant that holds a value containing the query (case-insensitive), oldest first. */
    @Transactional(readOnly = true)
    public List<Place> find(UUID tenant, String query) {
        String q = query(query).toLowerCase(Locale.ROOT);
        tenantScope.enter(tenant);
        List<Place> places = new ArrayList<>();
        places.addAll(rows("forum-member", "forum_member", "member", """
                select m.member_id as id, f.name as context, m.added_at as recorded_at, m.removed_at as ended_at,
                       null as recorded_by, m.person_name, m.email
                from forum_member m join forum f on f.tenant_id = m.tenant_id and f.forum_id = m.forum_id
                where m.tenant_id = :tenant and (%s or %s)""".formatted(Match.of("m.person_name"), Match.of("m.email")),
                tenant, q));
        places.addAll(rows("coordinator", "municipality_profile", "coordinator", """
                select tenant_id as id, name as context, signed_up_at as recorded_at, null as ended_at,
                       null as recorded_by, coordinator_name, coordinator_email
                from municipality_profile
                where tenant_id = :tenant and (%s or %s)""".formatted(Match.of("coordinator_name"),
                Match.of("coordinator_email")), tenant, q));
        places.addAll(rows("account", "user_account", null, """
                select user_id as id, roles as context, created_at as recorded_at, expires_at as ended_at,
                       null as recorded_by, display_name, username
                from user_account
                where tenant_id = :tenant and display_name <> :erased and (%s or %s)""".formatted(
                Match.of("display_name"), Match.of("username")),
                tenant, q));
        places.addAll(rows("invitation", "account_invitation", null, """
                select i.invitation_id as id, i.role as context, i.created_at as recorded_at, i.accepted_at as ended_at,
                       u.display_name as recorded_by, i.display_name, i.email
                from account_invitation i left join user_account u on u.user_id = i.invited_by
                where i.tenant_id = :tenant and (%s or %s)""".formatted(Match.of("i.display_name"), Match.of("i.email")),
                tenant, q));
        FreeTexts.each((kind, table, subject, sql) -> places.addAll(rows(kind, table, subject,
                sql, tenant, q)));
        places.sort(Comparator.comparing(Place::recordedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Place::kind));
        return places;
    }

    /** The query's rows as places: the columns after the first five are the row's personal values. */
    private List<Place> rows(String kind, String table, String subjectKind, String sql, UUID tenant, String q) {
        return jdbc.sql(sql)
                .param("tenant", tenant)
                .param("q", q)
                .param("erased", PersonalData.ERASED)
                .query((row, n) -> place(kind, table, subjectKind, row))
                .list();
    }

    private static Place place(String kind, String table, String subjectKind, ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        Map<String, String> values = new LinkedHashMap<>();
        for (int column = 6; column <= row.getMetaData().getColumnCount(); column++) {
            String value = row.getString(column);
            if (value != null) {
                values.put(row.getMetaData().getColumnLabel(column), value);
            }
        }
        return new Place(kind, table, id, subjectKind == null ? null : subjectKind + ":" + id,
                kind.equals("account") ? id : null, kind.equals("invitation") ? id : null, row.getString("context"),
                values, instant(row, "recorded_at"), instant(row, "ended_at"), row.getString("recorded_by"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
