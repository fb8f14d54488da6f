package forum.projections.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.agreement.AgreementEndReason;
import forum.core.agreement.Commitment;
import forum.core.agreement.MembershipAssessment;
import forum.core.agreement.MembershipRule;
import forum.core.forum.ForumMethod;
import forum.core.training.CourseKind;
import forum.projections.runtime.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static forum.projections.runtime.Rows.date;
import static forum.projections.runtime.Rows.enumValue;
import static forum.projections.runtime.Rows.uuid;

/** A municipality's agreements and training; row-level security and the explicit tenant condition both apply. */
@Service
public class Agreements {

    /**
     * Each open venue with its latest agreement not ended on the day, its staff with valid training and its open
     * issues by severity; the serious severities are the rule's, applied in Java.
     */
    private static final String STANDINGS = """
            select v.venue_id, v.name, v.address, a.method, a.renewal_due, a.renewed_on, a.staff_count,
                   coalesce((select sum(t.staff_trained) from venue_training t
                             where t.tenant_id = v.tenant_id and t.venue_id = v.venue_id
                               and t.trained_on <= :today and t.valid_until >= :today), 0) as trained_valid,
                   (select coalesce(jsonb_agg(i.severity), '[]'::jsonb) from venue_issue i
                    where i.tenant_id = v.tenant_id and i.venue_id = v.venue_id and i.resolved_at is null)
                       as open_severities
            from venue v
            left join lateral (
                select method, renewal_due, renewed_on, staff_count from venue_agreement a
                where a.tenant_id = v.tenant_id and a.venue_id = v.venue_id and a.signed_on <= :today
                  and (a.ended_on is null or a.ended_on > :today)
                order by a.renewal_due desc, a.sequence desc limit 1) a on true
            where v.tenant_id = :tenant and v.closed_on is null %s
            order by lower(v.name), v.venue_id
            """;

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;
    private final ObjectMapper json;

    Agreements(JdbcClient jdbc, TenantScope tenantScope, ObjectMapper json) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
        this.json = json;
    }

    /** The venue's agreements, the latest first; empty for a venue the tenant does not have. */
    @Transactional(readOnly = true)
    public List<AgreementView> agreementsOf(UUID tenantId, UUID venueId, LocalDate today) {
        tenantScope.enter(tenantId);
        return jdbc.sql("""
                        select * from venue_agreement where tenant_id = :tenant and venue_id = :venue
                        order by signed_on desc, sequence desc
                        """)
                .param("tenant", tenantId)
                .param("venue", venueId)
                .query((row, n) -> agreement(row, today))
                .list();
    }

    /** One agreement; empty when the tenant has no such agreement. */
    @Transactional(readOnly = true)
    public Optional<AgreementView> agreement(UUID tenantId, UUID agreementId, LocalDate today) {
        tenantScope.enter(tenantId);
        return jdbc.sql("select * from venue_agreement where tenant_id = :tenant and agreement_id = :agreement")
                .param("tenant", tenantId)
                .param("agreement", agreementId)
                .query((row, n) -> agreement(row, today))
                .optional();
    }

    /** The venue's courses, the latest first, each valid on the day or not. */
    @Transactional(readOnly = true)
    public List<TrainingView> trainingsOf(UUID tenantId, UUID venueId, LocalDate today) {
        tenantScope.enter(tenantId);
        return jdbc.sql("""
                        select * from venue_training where tenant_id = :tenant and venue_id = :venue
                        order by trained_on desc, training_id
                        """)
                .param("tenant", tenantId)
                .param("venue", venueId)
                .query((row, n) -> new TrainingView(uuid(row, "training_id"), uuid(row, "venue_id"),
                        enumValue(CourseKind.class, row, "kind"), row.getString("course_name"),
                        row.getString("provider"), date(row, "trained_on"), row.getInt("staff_trained"),
                        date(row, "valid_until"),
                        !date(row, "trained_on").isAfter(today) && !date(row, "valid_until").isBefore(today)))
                .list();
    }

    /** Agreements in force whose renewal falls due within {@code days} of the day, the soonest first. */
    @Transactional(readOnly = true)
    public List<RenewalDue> renewalsDueWithin(UUID tenantId, LocalDate today, int days) {
        tenantScope.enter(tenantId);
        return jdbc.sql("""
                        select a.agreement_id, a.venue_id, v.name, a.renewal_due from venue_agreement a
                        join venue v on v.tenant_id = a.tenant_id and v.venue_id = a.venue_id
                        where a.tenant_id = :tenant and a.ended_on is null
                          and a.renewal_due between :today and :until
                        order by a.renewal_due, lower(v.name), a.agreement_id
                        """)
                .param("tenant", tenantId)
                .param("today", today)
                .param("until", today.plusDays(days))
                .query((row, n) -> new RenewalDue(uuid(row, "agreement_id"), uuid(row, "venue_id"),
                        row.getString("name"), date(row, "renewal_due")))
                .list();
    }

    /** The venue's status in the method on the day; empty for a venue the tenant does not have (or closed). */
    @Transactional(readOnly = true)
    public Optional<VenueStanding> standing(UUID tenantId, UUID venueId, LocalDate today) {
        tenantScope.enter(tenantId);
        return jdbc.sql(STANDINGS.formatted("and v.venue_id = :venue"))
                .param("tenant", tenantId)
                .param("venue", venueId)
                .param("today", today)
                .query((row, n) -> standing(row, today))
                .optional();
    }

    /** The municipality's member (green) and joining or lapsing (orange) venues: name, address and colour only. */
    @Transactional(readOnly = true)
    public List<PublicVenue> publicList(UUID tenantId, LocalDate today) {
        tenantScope.enter(tenantId);
        return jdbc.sql(STANDINGS.formatted(""))
                .param("tenant", tenantId)
                .param("today", today)
                .query((row, n) -> new PublicVenue(row.getString("name"), row.getString("address"),
                        standing(row, today).assessment().status()))
                .list()
                .stream()
                .filter(venue -> venue.status().listedInPublic())
                .toList();
    }

    private VenueStanding standing(ResultSet row, LocalDate today) throws SQLException {
        ForumMethod method = enumValue(ForumMethod.class, row, "method");
        MembershipRule rule = MembershipRule.of(method == null ? ForumMethod.OTHER : method);
        List<String> severities = read(row.getString("open_severities"));
        int serious = (int) severities.stream()
                .filter(severity -> rule.seriousSeverities().stream().anyMatch(s -> s.name().equals(severity)))
                .count();
        LocalDate renewalDue = date(row, "renewal_due");
        MembershipAssessment assessment = MembershipAssessment.assess(rule, today, renewalDue,
                date(row, "renewed_on") != null, row.getInt("staff_count"), row.getInt("trained_valid"), serious);
        return new VenueStanding(uuid(row, "venue_id"), method, renewalDue, assessment);
    }

    private AgreementView agreement(ResultSet row, LocalDate today) throws SQLException {
        LocalDate renewalDue = date(row, "renewal_due");
        LocalDate endedOn = date(row, "ended_on");
        AgreementState state = endedOn != null && !endedOn.isAfter(today) ? AgreementState.ENDED
                : renewalDue.isBefore(today) ? AgreementState.LAPSED : AgreementState.IN_FORCE;
        return new AgreementView(uuid(row, "agreement_id"), uuid(row, "venue_id"),
                enumValue(ForumMethod.class, row, "method"), date(row, "signed_on"),
                row.getString("signed_for_venue"), row.getString("signed_for_municipality"),
                read(row.getString("commitments")).stream().map(Commitment::valueOf).toList(),
                row.getString("other_commitments"), row.getInt("staff_count"), renewalDue,
                date(row, "renewed_on"), endedOn, enumValue(AgreementEndReason.class, row, "end_reason"),
                row.getString("end_note"), state);
    }

    private List<String> read(String jsonArray) {
        try {
            return json.readValue(jsonArray, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored list is not JSON", e);
        }
    }
}
