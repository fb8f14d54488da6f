package forum.api.demo;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import forum.api.security.ForumUser;
import forum.core.municipality.Country;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueLicenceRecommendation;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RecordLicensingDecision;
import forum.core.venue.RegisterVenue;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.ResolveVenueIssue;
import forum.core.venue.Severity;

/**
 * A demo municipality's venues over the year: registered early in it, the issues observed at each between the
 * forum's previous meeting and the one where it agreed on a recommendation (each registered some hours after it
 * was observed), the recommendation on the evening of that meeting, and the licensing authority's decision three
 * weeks later unless that is still ahead, or the plan leaves it awaiting; the issues of a decided case resolved
 * at a follow-up visit ten days after the decision.
 */
final class DemoCases {

    static final Duration DECIDED_AFTER = Duration.ofDays(21);
    static final Duration FOLLOWED_UP_AFTER = Duration.ofDays(10);

    private DemoCases() {
    }

    /** {@code police} registers the issues and {@code licensing} decides, where the municipality has them. */
    static void plan(DemoTimeline year, ForumUser coordinator, ForumUser police, ForumUser licensing,
                     DemoPlans.Plan plan, List<DemoForum.Held> meetings, Instant now) {
        UUID tenantId = coordinator.tenantId();
        DemoPlans.Words words = plan.words();
        int venueNumber = 0;
        for (DemoPlans.Venue venue : plan.venues()) {
            venueNumber++;
            UUID venueId = UUID.randomUUID();
            Instant registered = now.minus(360 - 7L * venueNumber, DAYS);
            String number = plan.country() + "-" + plan.officialCode() + "-" + venueNumber;
            year.at(registered, coordinator, new RegisterVenue(tenantId, venueId, venue.name(), venue.address(),
                    number, venue.name() + " " + words.company(), LicenceKind.PERMANENT_PUBLIC, "11:00-01:00"));
            DemoForum.Held meeting = venue.meeting() < 0 ? null : meetings.get(venue.meeting());
            Instant from = venue.meeting() > 0 ? later(registered, meetings.get(venue.meeting() - 1).startsAt())
                    : registered;
            Instant until = meeting == null ? now.minus(5, DAYS) : meeting.startsAt();
            Duration step = Duration.between(from, until).dividedBy(venue.issues().size() + 1);
            Set<UUID> issueIds = new LinkedHashSet<>();
            Instant firstObserved = from.plus(step);
            for (int k = 0; k < venue.issues().size(); k++) {
                UUID issueId = UUID.randomUUID();
                Instant observedAt = from.plus(step.multipliedBy(k + 1L));
                year.at(observedAt.plus(Duration.ofHours(6)), police, new RegisterVenueIssue(tenantId, venueId,
                        issueId, venue.issues().get(k), observedAt, IssueSource.POLICE, words.issue(),
                        Severity.MEDIUM));
                issueIds.add(issueId);
            }
            if (meeting == null) {
                continue;
            }
            UUID recommendationId = UUID.randomUUID();
            Instant recommended = meeting.startsAt().plus(Duration.ofHours(3));
            year.at(recommended, coordinator, new IssueLicenceRecommendation(tenantId, venueId, recommendationId,
                    venue.recommendation(), words.reason(), issueIds, meeting.meetingId()));
            Instant decided = recommended.plus(DECIDED_AFTER);
            if (venue.decision() != null && decided.isBefore(now)) {
                LocalDate day = LocalDate.ofInstant(decided, ZoneOffset.UTC);
                year.at(decided, licensing, new RecordLicensingDecision(tenantId, venueId, UUID.randomUUID(),
                        recommendationId, venue.decision(), day,
                        venue.decision() == DecisionOutcome.SUSPENSION ? day.plusWeeks(2) : null,
                        words.reference() + " " + plan.officialCode() + "-" + venueNumber,
                        breach(plan, venue), breach(plan, venue) == null ? null
                                : LocalDate.ofInstant(firstObserved, ZoneOffset.UTC)));
                Instant followedUp = decided.plus(FOLLOWED_UP_AFTER);
                if (followedUp.isBefore(now)) {
                    for (UUID issueId : issueIds) {
                        year.at(followedUp, police, new ResolveVenueIssue(tenantId, venueId, issueId,
                                words.resolution()));
                    }
                }
            }
        }
    }

    /** A Norwegian decision names the breach of the venue's first issue, so that the venue's penalty points show. */
    private static String breach(DemoPlans.Plan plan, DemoPlans.Venue venue) {
        if (plan.country() != Country.NO || venue.issues().isEmpty() || venue.decision() == DecisionOutcome.NO_ACTION) {
            return null;
        }
        return switch (venue.issues().get(0)) {
            case SERVING_MINORS, UNDERAGE_ADMISSION -> "minors";
            case OVERSERVING -> "intoxicated";
            case ILLEGAL_MARKETING -> "advertising";
            case DISORDER -> "intoxicated-admitted";
            case VIOLENCE -> "responsible-operation";
            default -> null;
        };
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
