package forum.core.agreement;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import forum.core.forum.ForumMethod;
import forum.core.venue.Severity;

/**
 * When a venue is a member (green) under a forum method: an agreement in force, at least
 * {@code trainingCoveragePercent} of its stated staff with valid training, and no unresolved issue of a
 * {@code seriousSeverities}. An agreement whose renewal is due within {@code lapsingWithinDays} shows orange
 * (lapsing) even when all else is met.
 */
public record MembershipRule(int trainingCoveragePercent, Set<Severity> seriousSeverities, int lapsingWithinDays) {

    private static final Set<Severity> SERIOUS = Set.of(Severity.HIGH, Severity.CRITICAL);

    /** Each method's parameters: Krogar mot knark asks that most staff be trained (the STAD method's 80 %). */
    private static final Map<ForumMethod, MembershipRule> BY_METHOD = new EnumMap<>(Map.of(
            ForumMethod.KROGAR_MOT_KNARK, new MembershipRule(80, SERIOUS, 30),
            ForumMethod.RESPONSIBLE_SERVING, new MembershipRule(50, SERIOUS, 30),
            ForumMethod.NIGHTLIFE_SAFETY, new MembershipRule(50, SERIOUS, 30),
            ForumMethod.ACTION_PLAN_GROUP, new MembershipRule(50, SERIOUS, 30),
            ForumMethod.OTHER, new MembershipRule(50, SERIOUS, 30)));

    public static MembershipRule of(ForumMethod method) {
        return BY_METHOD.getOrDefault(method, BY_METHOD.get(ForumMethod.OTHER));
    }

    /** Whether trained staff still valid cover enough of the staff the venue states. */
    public boolean coverageMet(int trainedValid, int staffCount) {
        return staffCount > 0 && trainedValid * 100L >= (long) trainingCoveragePercent * staffCount;
    }
}
