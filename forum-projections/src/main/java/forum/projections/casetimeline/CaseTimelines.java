package forum.projections.casetimeline;

import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.RecommendationKind;
import forum.core.venue.Severity;
import forum.core.venue.VenueClosureReason;
import forum.core.venue.VenueDetail;
import forum.projections.runtime.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static forum.projections.runtime.Rows.date;
import static forum.projections.runtime.Rows.enumValue;
import static forum.projections.runtime.Rows.instant;
import static forum.projections.runtime.Rows.uuid;

/**
 * The case timelines of one municipality's venues. Free text is read only when {@code withFreeText} is set:
 * the caller decides whether its user may see it (the municipality's own case workers may).
 */
@Service
public class CaseTimelines {

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    CaseTimelines(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    /** Every event of the venue's case in stream order; empty when the tenant has no such venue. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(UUID tenantId, UUID venueId, boolean withFreeText) {
        tenantScope.enter(tenantId);
        String freeText = withFreeText ? "free_text_label, free_text" : "null as free_text_label, null as free_text";
        return jdbc.sql("""
                        select sequence, event_id, kind, occurred_at, actor, correlation_id, summary, subject_id,
                               category, severity, recommendation_kind, decision_outcome, observed_at,
                               effective_from, effective_to, details_changed, closure_reason, %s
                        from venue_timeline_entry
                        where tenant_id = :tenant and venue_id = :venue
                        order by sequence
                        """.formatted(freeText))
                .param("tenant", tenantId)
                .param("venue", venueId)
                .query((row, n) -> new TimelineEntry(
                        row.getLong("sequence"),
                        row.getString("event_id"),
                        enumValue(TimelineEntryKind.class, row, "kind"),
                        instant(row, "occurred_at"),
                        row.getString("actor"),
                        row.getString("correlation_id"),
                        row.getString("summary"),
                        uuid(row, "subject_id"),
                        enumValue(IssueCategory.class, row, "category"),
                        enumValue(Severity.class, row, "severity"),
                        enumValue(RecommendationKind.class, row, "recommendation_kind"),
                        enumValue(DecisionOutcome.class, row, "decision_outcome"),
                        instant(row, "observed_at"),
                        date(row, "effective_from"),
                        date(row, "effective_to"),
                        row.getString("free_text") == null ? null
                                : new FreeText(row.getString("free_text_label"), row.getString("free_text")),
                        detailsChanged(row.getString("details_changed")),
                        enumValue(VenueClosureReason.class, row, "closure_reason")))
                .list();
    }

    private static List<VenueDetail> detailsChanged(String codes) {
        return codes == null || codes.isEmpty() ? List.of()
                : Arrays.stream(codes.split(",")).map(VenueDetail::valueOf).toList();
    }
}
