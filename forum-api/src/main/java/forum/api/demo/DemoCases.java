package forum.api.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueLicenceRecommendation;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RecordLicensingDecision;
import forum.core.venue.RegisterVenue;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.Severity;
import forum.projections.networkstatistics.Quarter;

/**
 * A demo municipality's venues and their cases: issues observed over the quarter so far (an issue is registered
 * after it was observed, never ahead), the forum's recommendations and the licensing authority's decisions.
 */
@Component
@DemoEnabled
class DemoCases {

    private final CommandGateway commands;
    private final Clock clock;

    DemoCases(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** {@code meetingId}: the meeting where the forum agreed on its recommendations. */
    void record(UUID tenantId, DemoPlans.Plan plan, UUID meetingId) {
        Instant now = clock.instant();
        Instant quarterStart = Quarter.of(now).start();
        long issues = plan.venues().stream().mapToLong(venue -> venue.issues().size()).sum();
        Duration step = Duration.between(quarterStart, now).dividedBy(issues + 1);
        LocalDate today = LocalDate.ofInstant(now, Quarter.ZONE);
        int issueNumber = 0;
        int venueNumber = 0;
        for (DemoPlans.Venue venue : plan.venues()) {
            venueNumber++;
            UUID venueId = UUID.randomUUID();
            commands.sendAndWait(new RegisterVenue(tenantId, venueId, venue.name(), venue.address(),
                    "SE-" + plan.officialCode() + "-" + venueNumber, venue.name() + " AB", LicenceKind.PERMANENT_PUBLIC,
                    "11:00-01:00"));
            Set<UUID> issueIds = new LinkedHashSet<>();
            for (var category : venue.issues()) {
                issueNumber++;
                UUID issueId = UUID.randomUUID();
                commands.sendAndWait(new RegisterVenueIssue(tenantId, venueId, issueId, category,
                        quarterStart.plus(step.multipliedBy(issueNumber)), IssueSource.POLICE,
                        "Seen by the police on a round of the venues (demo).", Severity.MEDIUM));
                issueIds.add(issueId);
            }
            if (venue.recommendation() == null) {
                continue;
            }
            UUID recommendationId = UUID.randomUUID();
            commands.sendAndWait(new IssueLicenceRecommendation(tenantId, venueId, recommendationId,
                    venue.recommendation(), "The issues of the quarter, discussed in the forum (demo).", issueIds,
                    meetingId));
            if (venue.decision() != null) {
                commands.sendAndWait(new RecordLicensingDecision(tenantId, venueId, UUID.randomUUID(), recommendationId,
                        venue.decision(), today,
                        venue.decision() == DecisionOutcome.SUSPENSION ? today.plusWeeks(2) : null,
                        "Dnr " + plan.officialCode() + "-" + venueNumber + " (demo)"));
            }
        }
    }
}
