package forum.projections.venue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.shared.DomainEvent;
import forum.core.venue.LicenceRecommendationIssued;
import forum.core.venue.LicenceRecommendationRevoked;
import forum.core.venue.LicensingDecisionRecorded;
import forum.core.venue.VenueClosed;
import forum.core.venue.VenueDetailsUpdated;
import forum.core.venue.VenueEvent;
import forum.core.venue.VenueIssueRegistered;
import forum.core.venue.VenueIssueResolved;
import forum.core.venue.VenueRegistered;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import forum.projections.runtime.ReadModelWrites;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.util.List;
import java.util.UUID;

import static forum.projections.runtime.Rows.timestamp;

/** Keeps the venue tables; every statement names the event's tenant. */
@Component
class VenueRegisterProjection implements Projection {

    private final ReadModelWrites writes;
    private final ObjectMapper json;

    VenueRegisterProjection(ReadModelWrites writes, ObjectMapper json) {
        this.writes = writes;
        this.json = json;
    }

    @Override
    public String name() {
        return "venue-register";
    }

    @Override
    public List<String> tables() {
        return List.of("venue", "venue_issue", "venue_recommendation", "venue_decision");
    }

    @Override
    public boolean handles(Class<? extends DomainEvent> eventType) {
        return VenueEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void apply(DomainEvent event, DomainEventRecord record) {
        if (event instanceof VenueRegistered registered) {
            writes.sql("""
                            insert into venue (tenant_id, venue_id, name, address, licence_number, licence_holder,
                                               licence_kind, serving_hours, licence_valid_from, licence_valid_to,
                                               registered_at)
                            values (:tenant, :venue, :name, :address, :licenceNumber, :licenceHolder, :licenceKind,
                                    :servingHours, :validFrom, :validTo, :at)
                            on conflict (tenant_id, venue_id) do nothing
                            """)
                    .param("tenant", registered.tenantId())
                    .param("venue", registered.venueId())
                    .param("name", registered.name())
                    .param("address", registered.address())
                    .param("licenceNumber", registered.licenceNumber())
                    .param("licenceHolder", registered.licenceHolder())
                    .param("licenceKind", registered.licenceKind().name())
                    .param("servingHours", registered.servingHours())
                    .param("validFrom", registered.licenceValidFrom(), Types.DATE)
                    .param("validTo", registered.licenceValidTo(), Types.DATE)
                    .param("at", timestamp(record.time()))
                    .queue();
        } else if (event instanceof VenueIssueRegistered issue) {
            writes.sql("""
                            insert into venue_issue (tenant_id, issue_id, venue_id, category, observed_at, source,
                                                     severity, description, registered_at, sequence)
                            values (:tenant, :issue, :venue, :category, :observedAt, :source, :severity, :description,
                                    :at, :sequence)
                            on conflict (tenant_id, issue_id) do nothing
                            """)
                    .param("tenant", issue.tenantId())
                    .param("issue", issue.issueId())
                    .param("venue", issue.venueId())
                    .param("category", issue.category().name())
                    .param("observedAt", timestamp(issue.observedAt()))
                    .param("source", issue.source().name())
                    .param("severity", issue.severity().name())
                    .param("description", issue.description())
                    .param("at", timestamp(record.time()))
                    .param("sequence", record.sequence())
                    .queue();
        } else if (event instanceof VenueIssueResolved resolved) {
            writes.sql("""
                            update venue_issue set resolved_at = :at, resolution = :resolution
                            where tenant_id = :tenant and venue_id = :venue and issue_id = :issue
                            """)
                    .param("at", timestamp(record.time()))
                    .param("resolution", resolved.resolution())
                    .param("tenant", resolved.tenantId())
                    .param("venue", resolved.venueId())
                    .param("issue", resolved.issueId())
                    .queue();
        } else if (event instanceof LicenceRecommendationIssued issued) {
            writes.sql("""
                            insert into venue_recommendation (tenant_id, recommendation_id, venue_id, kind, rationale,
                                                              issue_ids, meeting_id, issued_at, sequence)
                            values (:tenant, :recommendation, :venue, :kind, :rationale, cast(:issues as jsonb),
                                    :meeting, :at, :sequence)
                            on conflict (tenant_id, recommendation_id) do nothing
                            """)
                    .param("tenant", issued.tenantId())
                    .param("recommendation", issued.recommendationId())
                    .param("venue", issued.venueId())
                    .param("kind", issued.kind().name())
                    .param("rationale", issued.rationale())
                    .param("issues", issueIdsJson(issued))
                    .param("meeting", issued.meetingId())
                    .param("at", timestamp(record.time()))
                    .param("sequence", record.sequence())
                    .queue();
        } else if (event instanceof LicenceRecommendationRevoked revoked) {
            writes.sql("""
                            update venue_recommendation set revoked_at = :at, revocation_reason = :reason
                            where tenant_id = :tenant and venue_id = :venue and recommendation_id = :recommendation
                            """)
                    .param("at", timestamp(record.time()))
                    .param("reason", revoked.reason())
                    .param("tenant", revoked.tenantId())
                    .param("venue", revoked.venueId())
                    .param("recommendation", revoked.recommendationId())
                    .queue();
        } else if (event instanceof LicensingDecisionRecorded decision) {
            recordDecision(decision, record);
        } else if (event instanceof VenueDetailsUpdated updated) {
            writes.sql("""
                            update venue set name = :name, address = :address, licence_holder = :licenceHolder,
                                             licence_kind = :licenceKind, serving_hours = :servingHours,
                                             licence_valid_from = :validFrom, licence_valid_to = :validTo
                            where tenant_id = :tenant and venue_id = :venue
                            """)
                    .param("name", updated.name())
                    .param("address", updated.address())
                    .param("licenceHolder", updated.licenceHolder())
                    .param("licenceKind", updated.licenceKind().name())
                    .param("servingHours", updated.servingHours())
                    .param("validFrom", updated.licenceValidFrom(), Types.DATE)
                    .param("validTo", updated.licenceValidTo(), Types.DATE)
                    .param("tenant", updated.tenantId())
                    .param("venue", updated.venueId())
                    .queue();
        } else if (event instanceof VenueClosed closed) {
            writes.sql("""
                            update venue set closed_on = :closedOn, closure_reason = :reason
                            where tenant_id = :tenant and venue_id = :venue
                            """)
                    .param("closedOn", closed.closedOn())
                    .param("reason", closed.reason().name())
                    .param("tenant", closed.tenantId())
                    .param("venue", closed.venueId())
                    .queue();
        } else {
            throw unhandled(event);
        }
    }

    private void recordDecision(LicensingDecisionRecorded decision, DomainEventRecord record) {
        writes.sql("""
                        insert into venue_decision (tenant_id, decision_id, venue_id, recommendation_id, outcome,
                                                    effective_from, effective_to, authority_reference, recorded_at,
                                                    sequence, breach_type, breach_committed_on)
                        values (:tenant, :decision, :venue, :recommendation, :outcome, :from, :to, :reference, :at,
                                :sequence, :breachType, :breachCommittedOn)
                        on conflict (tenant_id, decision_id) do nothing
                        """)
                .param("tenant", decision.tenantId())
                .param("decision", decision.decisionId())
                .param("venue", decision.venueId())
                .param("recommendation", decision.recommendationId())
                .param("outcome", decision.outcome().name())
                .param("from", decision.from())
                .param("to", decision.to())
                .param("reference", decision.authorityReference())
                .param("breachType", decision.breachType())
                .param("breachCommittedOn", decision.breachCommittedOn())
                .param("at", timestamp(record.time()))
                .param("sequence", record.sequence())
                .queue();
        if (decision.recommendationId() != null) {
            writes.sql("""
                            update venue_recommendation set decided_at = :at
                            where tenant_id = :tenant and venue_id = :venue and recommendation_id = :recommendation
                            """)
                    .param("at", timestamp(record.time()))
                    .param("tenant", decision.tenantId())
                    .param("venue", decision.venueId())
                    .param("recommendation", decision.recommendationId())
                    .queue();
        }
    }

    private String issueIdsJson(LicenceRecommendationIssued issued) {
        List<UUID> ids = issued.issueIds() == null ? List.of() : issued.issueIds().stream().sorted().toList();
        try {
            return json.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Issue ids cannot be written as JSON", e);
        }
    }
}
