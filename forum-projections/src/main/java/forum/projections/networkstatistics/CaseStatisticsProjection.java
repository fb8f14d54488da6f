package forum.projections.networkstatistics;

import forum.core.shared.DomainEvent;
import forum.core.venue.LicenceRecommendationIssued;
import forum.core.venue.LicensingDecisionRecorded;
import forum.core.venue.VenueIssueRegistered;
import forum.core.venue.VenueRegistered;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import forum.projections.runtime.ReadModelWrites;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

import static forum.projections.runtime.Rows.timestamp;

/**
 * The countable facts of the venues' cases, each with its business time: an issue when it was observed, a
 * venue, recommendation or decision when its event happened. No venue name, no free text.
 * A recommendation counts once issued; a later revocation does not undo that it was issued.
 * The counts per municipality and quarter (statistics_quarter) are counted again from these facts by the database
 * whenever a statement writes them (V2026_12_10_70), so a rebuild empties them with the facts.
 */
@Component
class CaseStatisticsProjection implements Projection {

    private static final Set<Class<? extends DomainEvent>> HANDLED = Set.of(VenueRegistered.class,
            VenueIssueRegistered.class, LicenceRecommendationIssued.class, LicensingDecisionRecorded.class);

    private final ReadModelWrites writes;

    CaseStatisticsProjection(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public String name() {
        return "network-statistics-cases";
    }

    @Override
    public List<String> tables() {
        return List.of("statistics_issue", "statistics_recommendation", "statistics_decision", "statistics_venue",
                "statistics_quarter");
    }

    @Override
    public boolean handles(Class<? extends DomainEvent> eventType) {
        return HANDLED.contains(eventType);
    }

    @Override
    public void apply(DomainEvent event, DomainEventRecord record) {
        if (event instanceof VenueRegistered registered) {
            writes.sql("""
                            insert into statistics_venue (tenant_id, venue_id, registered_at) values (:tenant, :venue, :at)
                            on conflict (tenant_id, venue_id) do nothing
                            """)
                    .param("tenant", registered.tenantId())
                    .param("venue", registered.venueId())
                    .param("at", timestamp(record.time()))
                    .queue();
        } else if (event instanceof VenueIssueRegistered issue) {
            writes.sql("""
                            insert into statistics_issue (tenant_id, issue_id, category, observed_at)
                            values (:tenant, :issue, :category, :observedAt)
                            on conflict (tenant_id, issue_id) do nothing
                            """)
                    .param("tenant", issue.tenantId())
                    .param("issue", issue.issueId())
                    .param("category", issue.category().name())
                    .param("observedAt", timestamp(issue.observedAt()))
                    .queue();
        } else if (event instanceof LicenceRecommendationIssued issued) {
            writes.sql("""
                            insert into statistics_recommendation (tenant_id, recommendation_id, kind, issued_at)
                            values (:tenant, :recommendation, :kind, :at)
                            on conflict (tenant_id, recommendation_id) do nothing
                            """)
                    .param("tenant", issued.tenantId())
                    .param("recommendation", issued.recommendationId())
                    .param("kind", issued.kind().name())
                    .param("at", timestamp(record.time()))
                    .queue();
        } else if (event instanceof LicensingDecisionRecorded decision) {
            writes.sql("""
                            insert into statistics_decision (tenant_id, decision_id, outcome, recorded_at)
                            values (:tenant, :decision, :outcome, :at)
                            on conflict (tenant_id, decision_id) do nothing
                            """)
                    .param("tenant", decision.tenantId())
                    .param("decision", decision.decisionId())
                    .param("outcome", decision.outcome().name())
                    .param("at", timestamp(record.time()))
                    .queue();
        } else {
            throw unhandled(event);
        }
    }
}
