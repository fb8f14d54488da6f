package forum.projections.sanction;

import static forum.projections.runtime.Rows.date;
import static forum.projections.runtime.Rows.enumValue;
import static forum.projections.runtime.Rows.uuid;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import forum.core.sanction.RecordedBreach;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.projections.runtime.TenantScope;

/** One municipality's decisions as the sanction rules need them; row-level security and the tenant condition apply. */
@Service
public class SanctionHistory {

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    SanctionHistory(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    /** The breaches the venue's decisions named, oldest first. */
    @Transactional(readOnly = true)
    public List<RecordedBreach> breaches(UUID tenantId, UUID venueId) {
        tenantScope.enter(tenantId);
        return jdbc.sql("""
                        select decision_id, breach_type, breach_committed_on from venue_decision
                        where tenant_id = :tenant and venue_id = :venue and breach_type is not null
                        order by breach_committed_on, sequence
                        """)
                .param("tenant", tenantId)
                .param("venue", venueId)
                .query((row, n) -> new RecordedBreach(uuid(row, "decision_id"), row.getString("breach_type"),
                        date(row, "breach_committed_on")))
                .list();
    }

    /** The categories of the recommendation's issues, or of all the venue's issues when no recommendation is given. */
    @Transactional(readOnly = true)
    public Set<IssueCategory> categories(UUID tenantId, UUID venueId, UUID recommendationId) {
        tenantScope.enter(tenantId);
        List<String> names = jdbc.sql("""
                        select distinct i.category from venue_issue i
                        where i.tenant_id = :tenant and i.venue_id = :venue
                          and (cast(:recommendation as uuid) is null or exists (
                              select 1 from venue_recommendation r
                              where r.tenant_id = i.tenant_id and r.recommendation_id = :recommendation
                                and r.venue_id = i.venue_id and r.issue_ids @> to_jsonb(i.issue_id::text)))
                        """)
                .param("tenant", tenantId)
                .param("venue", venueId)
                .param("recommendation", recommendationId)
                .query(String.class)
                .list();
        return names.stream().map(IssueCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(IssueCategory.class)));
    }

    /**
     * The municipality's decisions on recommendations about issues of any of the categories, latest first, leaving
     * out the decision on {@code exceptRecommendation} (the one being weighed) when it is given.
     */
    @Transactional(readOnly = true)
    public List<PracticeDecision> practice(UUID tenantId, Set<IssueCategory> categories, UUID exceptRecommendation) {
        if (categories.isEmpty()) {
            return List.of();
        }
        tenantScope.enter(tenantId);
        return jdbc.sql("""
                        select d.decision_id, d.venue_id, v.name, d.outcome, d.effective_from, d.effective_to,
                               array_agg(distinct i.category) as categories
                        from venue_decision d
                        join venue v on v.tenant_id = d.tenant_id and v.venue_id = d.venue_id
                        join venue_recommendation r on r.tenant_id = d.tenant_id
                                                   and r.recommendation_id = d.recommendation_id
                        join venue_issue i on i.tenant_id = r.tenant_id and i.venue_id = r.venue_id
                                          and r.issue_ids @> to_jsonb(i.issue_id::text)
                        where d.tenant_id = :tenant
                          and (cast(:except as uuid) is null or d.recommendation_id <> :except)
                        group by d.decision_id, d.venue_id, v.name, d.outcome, d.effective_from, d.effective_to,
                                 d.sequence
                        having bool_or(i.category in (:categories))
                        order by d.effective_from desc, d.sequence desc
                        """)
                .param("tenant", tenantId)
                .param("except", exceptRecommendation)
                .param("categories", categories.stream().map(Enum::name).toList())
                .query((row, n) -> new PracticeDecision(uuid(row, "decision_id"), uuid(row, "venue_id"),
                        row.getString("name"), enumValue(DecisionOutcome.class, row, "outcome"),
                        date(row, "effective_from"), date(row, "effective_to"), categories(row.getArray("categories"))))
                .list();
    }

    private static Set<IssueCategory> categories(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).map(IssueCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(IssueCategory.class)));
    }
}
