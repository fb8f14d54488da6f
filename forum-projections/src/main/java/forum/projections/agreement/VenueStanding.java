package forum.projections.agreement;

import forum.core.agreement.MembershipAssessment;
import forum.core.forum.ForumMethod;

import java.time.LocalDate;
import java.util.UUID;

/** A venue's status in the method on a day; {@code method} and {@code renewalDue} null without an agreement. */
public record VenueStanding(UUID venueId, ForumMethod method, LocalDate renewalDue, MembershipAssessment assessment) {
}
