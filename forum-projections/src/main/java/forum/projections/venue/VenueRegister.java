package forum.projections.venue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RecommendationKind;
import forum.core.venue.Severity;
import forum.core.venue.VenueClosureReason;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static forum.projections.runtime.Rows.date;
import static forum.projections.runtime.Rows.enumValue;
import static forum.projections.runtime.Rows.instant;
import static forum.projections.runtime.Rows.name;
import static forum.projections.runtime.Rows.timestamp;
import static forum.projections.runtime.Rows.uuid;

/** The venues of one municipality; row-level security and the explicit tenant condition both apply. */
@Service
public class VenueRegister {

    /** Each venue with its open issue count, last issue, current recommendation and latest decision. */
    private static final String REGISTER = """
            with register as (
                select v.venue_id, v.name, v.address, v.licence_number, v.licence_kind,
                       v.licence_holder, v.serving_hours, v.registered_at, v.licence_valid_from, v.licence_valid_to,
                       v.closed_on, v.closure_reason,
                       (select count(*) from venue_issue i
                        where i.tenant_id = v.tenant_id and i.venue_id = v.venue_id and i.resolved_at is null)
                           as open_issues,
                       li.issue_id as last_issue_id, li.category as last_issue_category,
                       li.observed_at as last_issue_observed_at,
                       r.recommendation_id, r.kind as recommendation_kind, r.issued_at as recommendation_issued_at,
                       r.decided_at as recommendation_decided_at,
                       d.decision_id, d.outcome as decision_outcome, d.effective_from as decision_from,
                       d.effective_to as decision_to, d.recorded_at as decision_recorded_at
                from venue v
                left join lateral (
                    select issue_id, category, observed_at from venue_issue i
                    where i.tenant_id = v.tenant_id and i.venue_id = v.venue_id
                    order by i.observed_at desc, i.sequence desc limit 1) li on true
                left join lateral (
                    select recommendation_id, kind, issued_at, decided_at from venue_recommendation r
                    where r.tenant_id = v.tenant_id and r.venue_id = v.venue_id and r.revoked_at is null
                    order by r.sequence desc limit 1) r on true
                left join lateral (
                    select decision_id, outcome, effective_from, effective_to, recorded_at from venue_decision d
                    where d.tenant_id = v.tenant_id and d.venue_id = v.venue_id
                    order by d.sequence desc limit 1) d on true
                where v.tenant_id = :tenant %s
            )
            """;

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final ObjectMapper json;

    VenueRegister(JdbcClient jdbc, TenantScope tenantScope, ObjectMapper json) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.json = json;
    }

    /** The register, sorted by venue name. */
    @Transactional(readOnly = true)
    public ResultPage<VenueSummary> venues(UUID tenantId, VenueStatusFilter filter, PageQuery page) {
        return venues(tenantId, filter, null, page);
    }

    /**
     * The register, sorted by venue name, of the venues whose name, address or licence number contains
     * {@code text} (ignoring case); a blank or null text does not restrict.
     */
    @Transactional(readOnly = true)
    public ResultPage<VenueSummary> venues(UUID tenantId, VenueStatusFilter filter, String text, PageQuery page) {
        tenantScope.enter(tenantId);
        String register = REGISTER.formatted("");
        String status = switch (filter) {
            case ALL -> " where true";
            case WITH_OPEN_ISSUES -> " where open_issues > 0";
            case WITH_ACTIVE_RECOMMENDATION -> " where recommendation_id is not null";
        };
        boolean searched = text != null && !text.isBlank();
        if (searched) {
            status += " and (lower(name) like :text escape '\\' or lower(address) like :text escape '\\'"
                    + " or lower(licence_number) like :text escape '\\')";
        }
        String pattern = searched ? "%" + likeEscaped(text.strip().toLowerCase(Locale.ROOT)) + "%" : "";
        long total = jdbc.sql(register + "select count(*) from register" + status)
                .param("tenant", tenantId)
                .param("text", pattern)
                .query(Long.class)
                .single();
        List<VenueSummary> venues = jdbc.sql(register + "select * from register" + status
                        + " order by lower(name), venue_id limit :limit offset :offset")
                .param("tenant", tenantId)
                .param("text", pattern)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(SUMMARY)
                .list();
        return new ResultPage<>(venues, page.number(), page.size(), total);
    }

    /** One venue's file; empty when the tenant has no such venue. */
    @Transactional(readOnly = true)
    public Optional<VenueFile> venue(UUID tenantId, UUID venueId) {
        tenantScope.enter(tenantId);
        List<Recommendation> recommendations = jdbc.sql("""
                        select * from venue_recommendation
                        where tenant_id = :tenant and venue_id = :venue order by sequence
                        """)
                .param("tenant", tenantId)
                .param("venue", venueId)
                .query((row, n) -> new Recommendation(
                        uuid(row, "recommendation_id"),
                        enumValue(RecommendationKind.class, row, "kind"),
                        row.getString("rationale"),
                        issueIds(row.getString("issue_ids")),
                        uuid(row, "meeting_id"),
                        instant(row, "issued_at"),
                        instant(row, "revoked_at"),
                        row.getString("revocation_reason"),
                        instant(row, "decided_at")))
                .list();
        List<Decision> decisions = jdbc.sql("""
                        select * from venue_decision where tenant_id = :tenant and venue_id = :venue order by sequence
                        """)
                .param("tenant", tenantId)
                .param("venue", venueId)
                .query((row, n) -> new Decision(
                        uuid(row, "decision_id"),
                        uuid(row, "recommendation_id"),
                        enumValue(DecisionOutcome.class, row, "outcome"),
                        date(row, "effective_from"),
                        date(row, "effective_to"),
                        row.getString("authority_reference"),
                        instant(row, "recorded_at"),
                        row.getString("breach_type"),
                        date(row, "breach_committed_on")))
                .list();
        return jdbc.sql(REGISTER.formatted("and v.venue_id = :venue") + "select * from register")
                .param("tenant", tenantId)
                .param("venue", venueId)
                .query((row, n) -> new VenueFile(SUMMARY.mapRow(row, n), row.getString("licence_holder"),
                        row.getString("serving_hours"), instant(row, "registered_at"), recommendations, decisions,
                        date(row, "licence_valid_from"), date(row, "licence_valid_to"),
                        enumValue(VenueClosureReason.class, row, "closure_reason")))
                .optional();
    }

    /** Issues of the tenant's venues, most recently observed first. */
    @Transactional(readOnly = true)
    public ResultPage<VenueIssue> issues(UUID tenantId, IssueFilter filter, PageQuery page) {
        tenantScope.enter(tenantId);
        Conditions where = new Conditions()
                .add("i.tenant_id = :tenant", "tenant", tenantId)
                .addIfPresent("i.venue_id = :venue", "venue", filter.venueId())
                .addIfPresent("i.category = :category", "category", name(filter.category()))
                .addIfPresent("i.observed_at >= :from", "from", timestamp(filter.observedFrom()))
                .addIfPresent("i.observed_at < :to", "to", timestamp(filter.observedTo()));
        if (filter.openOnly()) {
            where.add("i.resolved_at is null");
        }
        long total = jdbc.sql("select count(*) from venue_issue i" + where.where())
                .params(where.params())
                .query(Long.class)
                .single();
        List<VenueIssue> issues = jdbc.sql("""
                        select i.*, v.name as venue_name from venue_issue i
                        left join venue v on v.tenant_id = i.tenant_id and v.venue_id = i.venue_id
                        """ + where.where() + " order by i.observed_at desc, i.sequence desc, i.issue_id"
                        + " limit :limit offset :offset")
                .params(where.params())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((row, n) -> new VenueIssue(
                        uuid(row, "issue_id"),
                        uuid(row, "venue_id"),
                        row.getString("venue_name"),
                        enumValue(IssueCategory.class, row, "category"),
                        instant(row, "observed_at"),
                        enumValue(IssueSource.class, row, "source"),
                        enumValue(Severity.class, row, "severity"),
                        row.getString("description"),
                        instant(row, "registered_at"),
                        instant(row, "resolved_at"),
                        row.getString("resolution")))
                .list();
        return new ResultPage<>(issues, page.number(), page.size(), total);
    }

    private static final RowMapper<VenueSummary> SUMMARY = (row, n) -> new VenueSummary(
            uuid(row, "venue_id"),
            row.getString("name"),
            row.getString("address"),
            row.getString("licence_number"),
            enumValue(LicenceKind.class, row, "licence_kind"),
            row.getInt("open_issues"),
            lastIssue(row),
            currentRecommendation(row),
            latestDecision(row),
            date(row, "closed_on"));

    private static LastIssue lastIssue(ResultSet row) throws SQLException {
        UUID issueId = uuid(row, "last_issue_id");
        return issueId == null ? null : new LastIssue(issueId,
                enumValue(IssueCategory.class, row, "last_issue_category"), instant(row, "last_issue_observed_at"));
    }

    private static CurrentRecommendation currentRecommendation(ResultSet row) throws SQLException {
        UUID recommendationId = uuid(row, "recommendation_id");
        return recommendationId == null ? null : new CurrentRecommendation(recommendationId,
                enumValue(RecommendationKind.class, row, "recommendation_kind"),
                instant(row, "recommendation_issued_at"), instant(row, "recommendation_decided_at"));
    }

    private static LatestDecision latestDecision(ResultSet row) throws SQLException {
        UUID decisionId = uuid(row, "decision_id");
        return decisionId == null ? null : new LatestDecision(decisionId,
                enumValue(DecisionOutcome.class, row, "decision_outcome"), date(row, "decision_from"),
                date(row, "decision_to"), instant(row, "decision_recorded_at"));
    }

    /** The text taken literally by LIKE: its wildcards and the escape character escaped. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private List<UUID> issueIds(String ids) {
        try {
            return json.readValue(ids, new TypeReference<List<UUID>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored issue ids are not a JSON list", e);
        }
    }
}
