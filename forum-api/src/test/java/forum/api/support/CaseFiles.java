package forum.api.support;

import forum.core.forum.AddForumMember;
import forum.core.forum.EstablishForum;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.core.meeting.AssignActionItem;
import forum.core.meeting.ScheduleMeeting;
import forum.core.network.InviteMunicipalityToNetwork;
import forum.core.network.JoinNetwork;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueLicenceRecommendation;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RecommendationKind;
import forum.core.venue.RecordLicensingDecision;
import forum.core.venue.RegisterVenue;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.RevokeLicenceRecommendation;
import forum.core.venue.Severity;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A small but complete case file of one tenant, written through the command gateway. */
public final class CaseFiles {

    private CaseFiles() {
    }

    /** The ids of what {@link #seed} wrote, by the names page routes give them. */
    public record CaseFile(UUID forumId, UUID memberId, UUID meetingId, UUID actionItemId, UUID venueId, UUID issueId,
                           UUID recommendationId) {
    }

    /** A forum with a member, a meeting with an action item, a venue with issues, recommendations and a decision. */
    public static CaseFile seed(CommandGateway commands, UUID tenant, UUID networkId) {
        return seed(commands, tenant, networkId, "pia@politi.example");
    }

    /** The same, the forum's member known by this e-mail: the username of the account that reads as that member. */
    public static CaseFile seed(CommandGateway commands, UUID tenant, UUID networkId, String memberEmail) {
        UUID forum = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        commands.sendAndWait(new EstablishForum(tenant, forum, "Trygt natteliv", ForumMethod.NIGHTLIFE_SAFETY, 4));
        commands.sendAndWait(new AddForumMember(tenant, forum, member, "Pia Politi", memberEmail,
                "Politiet", MemberRole.POLICE));
        UUID meeting = UUID.randomUUID();
        commands.sendAndWait(new ScheduleMeeting(tenant, meeting, forum,
                Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), Duration.ofMinutes(90),
                "Rådhuset", List.of("Status", "Julefrokoster")));
        UUID actionItem = UUID.randomUUID();
        commands.sendAndWait(new AssignActionItem(tenant, meeting, actionItem, member, "Kontrol af ID",
                LocalDate.now().plusDays(30)));
        UUID venue = UUID.randomUUID();
        commands.sendAndWait(new RegisterVenue(tenant, venue, "Bar Nord", "Storgatan 1", "LIC-" + venue.toString()
                .substring(0, 8), "Nord AB", LicenceKind.PERMANENT_PUBLIC, "11-02"));
        UUID issue = UUID.randomUUID();
        commands.sendAndWait(new RegisterVenueIssue(tenant, venue, issue, IssueCategory.SERVING_MINORS,
                Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), IssueSource.POLICE,
                "Servering till minderårig", Severity.HIGH));
        commands.sendAndWait(new RegisterVenueIssue(tenant, venue, UUID.randomUUID(), IssueCategory.OVERSERVING,
                Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), IssueSource.INSPECTION,
                "Överservering", Severity.MEDIUM));
        UUID revoked = UUID.randomUUID();
        commands.sendAndWait(new IssueLicenceRecommendation(tenant, venue, revoked, RecommendationKind.SUSPENSION,
                "Upprepade brister", Set.of(issue), meeting));
        commands.sendAndWait(new RevokeLicenceRecommendation(tenant, venue, revoked, "Nya uppgifter"));
        UUID recommendation = UUID.randomUUID();
        commands.sendAndWait(new IssueLicenceRecommendation(tenant, venue, recommendation, RecommendationKind.WARNING,
                "Varning räcker", Set.of(issue), null));
        commands.sendAndWait(new RecordLicensingDecision(tenant, venue, UUID.randomUUID(), recommendation,
                DecisionOutcome.WARNING, LocalDate.now(), null, "SN-2026-17"));
        if (networkId != null) {
            commands.sendAndWait(new InviteMunicipalityToNetwork(tenant, networkId));
            commands.sendAndWait(new JoinNetwork(tenant, networkId));
        }
        return new CaseFile(forum, member, meeting, actionItem, venue, issue, recommendation);
    }
}
