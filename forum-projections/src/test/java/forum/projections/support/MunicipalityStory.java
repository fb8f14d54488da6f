package forum.projections.support;

import forum.core.agreement.AgreementSigned;
import forum.core.agreement.Commitment;
import forum.core.erasure.ErasureReason;
import forum.core.erasure.PersonalDataErased;
import forum.core.forum.CoordinatorAppointed;
import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumMemberAdded;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.core.meeting.ActionItemAssigned;
import forum.core.meeting.AttendanceRecorded;
import forum.core.meeting.Attendee;
import forum.core.meeting.DecisionRecorded;
import forum.core.meeting.MeetingScheduled;
import forum.core.meeting.MinutesRecorded;
import forum.core.municipality.Country;
import forum.core.municipality.MunicipalitySignedUp;
import forum.core.network.MunicipalityInvitedToNetwork;
import forum.core.network.MunicipalityJoinedNetwork;
import forum.core.training.CourseKind;
import forum.core.training.TrainingRecorded;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.LicenceRecommendationIssued;
import forum.core.venue.LicenceRecommendationRevoked;
import forum.core.venue.LicensingDecisionRecorded;
import forum.core.venue.RecommendationKind;
import forum.core.venue.Severity;
import forum.core.venue.VenueIssueRegistered;
import forum.core.venue.VenueRegistered;
import forum.projections.contract.DomainEventRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** One municipality's events touching every read model: sign-up, a forum, a held meeting, a venue case, a network. */
public final class MunicipalityStory {

    public final UUID tenant = UUID.randomUUID();
    public final String key = "SE-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    public final UUID forum = UUID.randomUUID();
    public final UUID member = UUID.randomUUID();
    public final UUID meeting = UUID.randomUUID();
    public final UUID actionItem = UUID.randomUUID();
    public final UUID venue = UUID.randomUUID();
    public final UUID agreement = UUID.randomUUID();
    public final UUID training = UUID.randomUUID();
    public final UUID issue = UUID.randomUUID();
    public final UUID recommendation = UUID.randomUUID();
    public final String name;

    public MunicipalityStory(String name) {
        this.name = name;
    }

    /**
     * The network's invitation, before the story in which the municipality joins: on its own, because stories are
     * interleaved event by event and the network's stream must stay in order.
     */
    public DomainEventRecord invitation(Streams streams, UUID network, Instant t0) {
        return streams.next(tenant, network, t0, new MunicipalityInvitedToNetwork(network, tenant));
    }

    public List<DomainEventRecord> events(Streams streams, UUID network, Instant t0) {
        UUID erasure = UUID.randomUUID();
        Instant startsAt = t0.plus(Duration.ofDays(30));
        return List.of(
                streams.next(tenant, key, t0, new MunicipalitySignedUp(tenant, key, name, Country.SE, "1234",
                        "Samordnare " + name, "samordnare@" + name + ".se")),
                streams.next(tenant, network, t0, new MunicipalityJoinedNetwork(network, tenant)),
                streams.next(tenant, forum, t0, new ForumEstablished(tenant, forum, "Forum i " + name,
                        ForumMethod.KROGAR_MOT_KNARK, 4)),
                streams.next(tenant, forum, t0, new ForumMemberAdded(tenant, forum, member, "Medlem i " + name,
                        "medlem@" + name + ".se", "Polisen", MemberRole.POLICE)),
                streams.next(tenant, forum, t0, new CoordinatorAppointed(tenant, forum, member)),
                streams.next(tenant, meeting, t0, new MeetingScheduled(tenant, meeting, forum, startsAt,
                        Duration.ofHours(2), "Rådhuset i " + name, List.of("Läget"))),
                streams.next(tenant, meeting, startsAt, new AttendanceRecorded(tenant, meeting, forum,
                        List.of(new Attendee(member, MemberRole.POLICE)), List.of())),
                streams.next(tenant, meeting, startsAt, new MinutesRecorded(tenant, meeting, "Protokoll " + name)),
                streams.next(tenant, meeting, startsAt, new DecisionRecorded(tenant, meeting, "Beslut " + name)),
                streams.next(tenant, meeting, startsAt, new ActionItemAssigned(tenant, meeting, actionItem, member,
                        "Uppgift " + name, LocalDate.parse("2027-01-31"))),
                streams.next(tenant, venue, t0, new VenueRegistered(tenant, venue, "Krogen i " + name, "Gatan 1",
                        "T-1", "Ägare", LicenceKind.PERMANENT_PUBLIC, "11-01")),
                streams.next(tenant, venue, startsAt, new VenueIssueRegistered(tenant, venue, issue,
                        IssueCategory.DRUGS, startsAt.minusSeconds(3600), IssueSource.POLICE, "Fritext", Severity.HIGH)),
                streams.next(tenant, venue, startsAt, new LicenceRecommendationIssued(tenant, venue, recommendation,
                        RecommendationKind.WARNING, "Motivering", Set.of(issue), meeting)),
                streams.next(tenant, venue, startsAt, new LicenceRecommendationRevoked(tenant, venue, recommendation,
                        "Återkallad")),
                streams.next(tenant, venue, startsAt, new LicensingDecisionRecorded(tenant, venue, UUID.randomUUID(),
                        null, DecisionOutcome.WARNING, LocalDate.parse("2026-12-01"), null, "SN 1")),
                streams.next(tenant, agreement, startsAt, new AgreementSigned(tenant, agreement, venue,
                        ForumMethod.KROGAR_MOT_KNARK, LocalDate.parse("2026-10-01"), "Krögaren", "Samordnaren",
                        Set.of(Commitment.STAFF_TRAINING), null, 8, LocalDate.parse("2027-10-01"))),
                streams.next(tenant, training, startsAt, new TrainingRecorded(tenant, training, venue,
                        CourseKind.KROGAR_MOT_KNARK, null, "Länsstyrelsen", LocalDate.parse("2026-10-15"), 6,
                        LocalDate.parse("2027-10-14"))),
                // An erasure of someone the story never names: recorded, and nothing of the story erased.
                streams.next(tenant, erasure, startsAt, new PersonalDataErased(tenant, erasure,
                        List.of("member:" + UUID.randomUUID()), ErasureReason.NO_LONGER_NEEDED)));
    }
}
