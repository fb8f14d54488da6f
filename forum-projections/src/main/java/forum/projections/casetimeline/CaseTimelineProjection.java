package forum.projections.casetimeline;

import forum.core.shared.DomainEvent;
import forum.core.venue.LicenceRecommendationIssued;
import forum.core.venue.LicenceRecommendationRevoked;
import forum.core.venue.LicensingDecisionRecorded;
import forum.core.venue.VenueClosed;
import forum.core.venue.VenueDetail;
import forum.core.venue.VenueDetailsUpdated;
import forum.core.venue.VenueEvent;
import forum.core.venue.VenueIssueRegistered;
import forum.core.venue.VenueIssueResolved;
import forum.core.venue.VenueRegistered;
import forum.projections.runtime.ReadModelWrites;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.Projection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static forum.projections.runtime.Rows.timestamp;

/** Appends one timeline entry per venue event; the entry's key is the event's place in the venue's stream. */
@Component
class CaseTimelineProjection implements Projection {

    private final JdbcClient jdbc;
    private final ReadModelWrites writes;

    CaseTimelineProjection(JdbcClient jdbc, ReadModelWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @Override
    public String name() {
        return "venue-case-timeline";
    }

    @Override
    public List<String> tables() {
        return List.of("venue_timeline_entry");
    }

    @Override
    public boolean handles(Class<? extends DomainEvent> eventType) {
        return VenueEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void apply(DomainEvent event, DomainEventRecord record) {
        if (!(event instanceof VenueEvent venueEvent)) {
            throw unhandled(event);
        }
        insert(venueEvent, record, entryOf(venueEvent));
    }

    /** The codes of a change of details or a closing, which no other kind of entry has. */
    private record Change(String detailsChanged, String closureReason) {

        static final Change NONE = new Change(null, null);
    }

    private static Change changeOf(VenueEvent event) {
        if (event instanceof VenueDetailsUpdated updated) {
            return new Change(updated.changed().stream().sorted().map(VenueDetail::name)
                    .collect(java.util.stream.Collectors.joining(",")), null);
        }
        if (event instanceof VenueClosed closed) {
            return new Change(null, closed.reason().name());
        }
        return Change.NONE;
    }

    /** What an entry shows besides when and who; codes are stored by name. */
    private record Entry(TimelineEntryKind kind, String summary, UUID subject, Object category, Object severity,
                         Object recommendationKind, Object decisionOutcome, Instant observedAt,
                         LocalDate effectiveFrom, LocalDate effectiveTo, String freeTextLabel, String freeText) {
    }

    private Entry entryOf(VenueEvent event) {
        if (event instanceof VenueRegistered registered) {
            return new Entry(TimelineEntryKind.VENUE_REGISTERED,
                    "Venue registered with a " + registered.licenceKind() + " licence",
                    null, null, null, null, null, null, null, null, "licenceHolder", registered.licenceHolder());
        }
        if (event instanceof VenueIssueRegistered issue) {
            return new Entry(TimelineEntryKind.ISSUE_REGISTERED, "Issue registered: " + issue.category()
                    + ", severity " + issue.severity() + ", source " + issue.source(),
                    issue.issueId(), issue.category(), issue.severity(), null, null, issue.observedAt(), null, null,
                    "description", issue.description());
        }
        if (event instanceof VenueIssueResolved resolved) {
            String category = earlier(event, resolved.issueId(), "category");
            return new Entry(TimelineEntryKind.ISSUE_RESOLVED,
                    "Issue resolved" + (category == null ? "" : ": " + category),
                    resolved.issueId(), category, null, null, null, null, null, null,
                    "resolution", resolved.resolution());
        }
        if (event instanceof LicenceRecommendationIssued issued) {
            int issues = issued.issueIds() == null ? 0 : issued.issueIds().size();
            return new Entry(TimelineEntryKind.RECOMMENDATION_ISSUED, "Recommendation issued: " + issued.kind()
                    + " on " + issues + (issues == 1 ? " issue" : " issues"),
                    issued.recommendationId(), null, null, issued.kind(), null, null, null, null,
                    "rationale", issued.rationale());
        }
        if (event instanceof LicenceRecommendationRevoked revoked) {
            String kind = earlier(event, revoked.recommendationId(), "recommendation_kind");
            return new Entry(TimelineEntryKind.RECOMMENDATION_REVOKED,
                    "Recommendation revoked" + (kind == null ? "" : ": " + kind),
                    revoked.recommendationId(), null, null, kind, null, null, null, null, "reason", revoked.reason());
        }
        if (event instanceof LicensingDecisionRecorded decision) {
            return new Entry(TimelineEntryKind.DECISION_RECORDED, "Licensing decision: " + decision.outcome()
                    + " from " + decision.from() + (decision.to() == null ? "" : " to " + decision.to())
                    + (decision.recommendationId() == null ? "" : " on the forum's recommendation"),
                    decision.decisionId(), null, null, null, decision.outcome(), null, decision.from(), decision.to(),
                    null, null);
        }
        if (event instanceof VenueDetailsUpdated updated) {
            boolean holderChanged = updated.changed().contains(VenueDetail.LICENCE_HOLDER);
            return new Entry(TimelineEntryKind.VENUE_DETAILS_UPDATED, "Details changed: " + changeOf(event)
                    .detailsChanged(), null, null, null, null, null, null, updated.licenceValidFrom(),
                    updated.licenceValidTo(), holderChanged ? "licenceHolder" : null,
                    holderChanged ? updated.licenceHolder() : null);
        }
        if (event instanceof VenueClosed closed) {
            return new Entry(TimelineEntryKind.VENUE_CLOSED, "Venue closed on " + closed.closedOn() + ": "
                    + closed.reason(), null, null, null, null, null, null, closed.closedOn(), null, null, null);
        }
        throw unhandled(event);
    }

    /** A code from the entry that introduced an issue or a recommendation earlier in the same stream. */
    private String earlier(VenueEvent event, UUID subject, String column) {
        writes.flush();
        return jdbc.sql("select " + column + " from venue_timeline_entry"
                        + " where tenant_id = :tenant and venue_id = :venue and subject_id = :subject"
                        + " and " + column + " is not null order by sequence limit 1")
                .param("tenant", event.tenantId())
                .param("venue", event.venueId())
                .param("subject", subject)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private void insert(VenueEvent event, DomainEventRecord record, Entry entry) {
        writes.sql("""
                        insert into venue_timeline_entry (tenant_id, venue_id, sequence, event_id, kind, occurred_at,
                                                          actor, correlation_id, summary, subject_id, category,
                                                          severity, recommendation_kind, decision_outcome, observed_at,
                                                          effective_from, effective_to, free_text_label, free_text,
                                                          details_changed, closure_reason)
                        values (:tenant, :venue, :sequence, :eventId, :kind, :occurredAt, :actor, :correlation,
                                :summary, :subject, :category, :severity, :recommendationKind, :decisionOutcome,
                                :observedAt, :effectiveFrom, :effectiveTo, :freeTextLabel, :freeText, :detailsChanged,
                                :closureReason)
                        on conflict (tenant_id, venue_id, sequence) do nothing
                        """)
                .param("tenant", event.tenantId())
                .param("venue", event.venueId())
                .param("sequence", record.sequence())
                .param("eventId", record.id())
                .param("kind", entry.kind().name())
                .param("occurredAt", timestamp(record.time()))
                .param("actor", record.actor(), Types.VARCHAR)
                .param("correlation", record.correlationId(), Types.VARCHAR)
                .param("summary", entry.summary())
                .param("subject", entry.subject(), Types.OTHER)
                .param("category", code(entry.category()), Types.VARCHAR)
                .param("severity", code(entry.severity()), Types.VARCHAR)
                .param("recommendationKind", code(entry.recommendationKind()), Types.VARCHAR)
                .param("decisionOutcome", code(entry.decisionOutcome()), Types.VARCHAR)
                .param("observedAt", timestamp(entry.observedAt()), Types.TIMESTAMP)
                .param("effectiveFrom", entry.effectiveFrom(), Types.DATE)
                .param("effectiveTo", entry.effectiveTo(), Types.DATE)
                .param("freeTextLabel", entry.freeTextLabel(), Types.VARCHAR)
                .param("freeText", entry.freeText(), Types.VARCHAR)
                .param("detailsChanged", changeOf(event).detailsChanged(), Types.VARCHAR)
                .param("closureReason", changeOf(event).closureReason(), Types.VARCHAR)
                .queue();
    }

    private static String code(Object code) {
        return code == null ? null : code.toString();
    }
}
