package forum.api.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Venue event streams written straight into domain_event_entry by SQL (insert ... select from generate_series),
 * shaped like those the command path writes: templates taken from a stored VenueRegistered and
 * VenueIssueRegistered (payload and metadata as stored, ids replaced), so generated venues load and accept
 * commands like any other. Rows are interleaved across venues (row r belongs to venue r mod venues, with
 * sequence number r div venues), as events of many venues arrive over years; event identifiers are random
 * UUIDs, as Axon's are.
 */
final class GeneratedVenues {

    static final int TENANTS = 750;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(venue|tenant|issue)}");

    private static final String INSERT = """
            insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                            payload_type, payload_revision, payload, meta_data)
            select gen_random_uuid()::text, g.venue, g.r / ?, 'Venue',
                   to_char((?::timestamptz + g.r * ?::interval) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                   case when g.r < ? then 'forum.core.venue.VenueRegistered'
                        else 'forum.core.venue.VenueIssueRegistered' end,
                   ?,
                   convert_to(case when g.r < ? then %s else %s end, 'UTF8'),
                   convert_to(%s, 'UTF8')
            from (select r, md5(? || (r %% ?))::uuid::text as venue,
                         md5(? || ((r %% ?) %% ?))::uuid::text as tenant, md5(? || r)::uuid::text as issue
                  from generate_series(?::bigint, ?::bigint) r) g
            """;

    /** Payloads and metadata with {venue}, {tenant} and {issue} where a stored event had its ids. */
    record Templates(String registered, String issue, String metaData, String revision) {
    }

    private final Templates templates;
    private final String insert;
    private final String prefix;
    private final int venues;
    private final int tenants;
    private final String firstTimestamp;
    private final String spacing;

    GeneratedVenues(Templates templates, String prefix, int venues, String firstTimestamp, String spacing) {
        this(templates, prefix, venues, TENANTS, firstTimestamp, spacing);
    }

    /**
     * @param prefix         makes this set's venue ids: md5(prefix || n)::uuid for n in [0, venues), and its
     *                       tenants' ids: md5(prefix || 'tenant-' || (n mod tenants))::uuid
     * @param firstTimestamp time_stamp of row 0 (ISO), later rows {@code spacing} apart (an interval literal)
     */
    GeneratedVenues(Templates templates, String prefix, int venues, int tenants, String firstTimestamp,
                    String spacing) {
        this.templates = templates;
        this.insert = INSERT.formatted(concatenation(templates.registered()), concatenation(templates.issue()),
                concatenation(templates.metaData()));
        this.prefix = prefix;
        this.venues = venues;
        this.tenants = tenants;
        this.firstTimestamp = firstTimestamp;
        this.spacing = spacing;
    }

    /** Inserts rows [from, to] of this set in one statement; the caller's connection decides the transaction. */
    void insert(Connection connection, long from, long to) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(this.insert)) {
            int i = 0;
            insert.setInt(++i, venues);
            insert.setString(++i, firstTimestamp);
            insert.setString(++i, spacing);
            insert.setInt(++i, venues);
            insert.setString(++i, templates.revision());
            insert.setInt(++i, venues);
            insert.setString(++i, prefix);
            insert.setInt(++i, venues);
            insert.setString(++i, prefix + "tenant-");
            insert.setInt(++i, venues);
            insert.setInt(++i, tenants);
            insert.setString(++i, prefix + "issue-");
            insert.setLong(++i, from);
            insert.setLong(++i, to);
            insert.executeUpdate();
        }
    }

    /** Writes {@code eventsPerVenue} events for each venue of the set in one transaction. */
    void insertAll(BenchDatabase database, int eventsPerVenue) throws SQLException {
        try (Connection connection = database.asOwner(); Statement settings = connection.createStatement()) {
            settings.execute("set synchronous_commit = off");
            insert(connection, 0, (long) venues * eventsPerVenue - 1);
        }
    }

    /** Templates from the first VenueRegistered and VenueIssueRegistered of a venue registered by commands. */
    static Templates templatesFrom(JdbcClient jdbc, ObjectMapper json, Venues.Venue venue) {
        Map<String, Object> registered = storedEvent(jdbc, venue, "forum.core.venue.VenueRegistered");
        Map<String, Object> issue = storedEvent(jdbc, venue, "forum.core.venue.VenueIssueRegistered");
        String issueId;
        try {
            issueId = json.readTree((byte[]) issue.get("payload")).get("issueId").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Templates(withPlaceholders(registered.get("payload"), venue, issueId),
                withPlaceholders(issue.get("payload"), venue, issueId),
                withPlaceholders(registered.get("meta_data"), venue, issueId),
                (String) issue.get("payload_revision"));
    }

    private static Map<String, Object> storedEvent(JdbcClient jdbc, Venues.Venue venue, String type) {
        return jdbc.sql("""
                        select payload, meta_data, payload_revision from domain_event_entry
                        where aggregate_identifier = :venue and payload_type = :type order by sequence_number limit 1
                        """)
                .param("venue", venue.venueId().toString()).param("type", type)
                .query().singleRow();
    }

    private static String withPlaceholders(Object bytes, Venues.Venue venue, String issueId) {
        return new String((byte[]) bytes, StandardCharsets.UTF_8)
                .replace(venue.venueId().toString(), "{venue}")
                .replace(venue.tenantId().toString(), "{tenant}")
                .replace(issueId, "{issue}");
    }

    /** The template as an SQL concatenation of literals and the row's ids (cheaper than replace()). */
    private static String concatenation(String template) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder sql = new StringBuilder("''");
        int last = 0;
        while (placeholder.find()) {
            sql.append(" || ").append(literal(template.substring(last, placeholder.start())))
                    .append(" || g.").append(placeholder.group(1));
            last = placeholder.end();
        }
        return sql.append(" || ").append(literal(template.substring(last))).toString();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    UUID venue(int n) {
        return md5Uuid(prefix + n);
    }

    UUID tenantOf(int n) {
        return md5Uuid(prefix + "tenant-" + (n % tenants));
    }

    int venues() {
        return venues;
    }

    /** PostgreSQL's md5(text)::uuid. */
    static UUID md5Uuid(String text) {
        try {
            String hex = HexFormat.of().formatHex(
                    MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16)
                    + "-" + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
