package forum.core.agreement;

import java.time.LocalDate;

/**
 * A venue's status under its agreement's method on a day, with each condition of the method's rule met or not, so
 * that the case file shows why a venue is the colour it is.
 *
 * @param trainedValid staff with training valid on the day (all courses of the venue together)
 * @param staffCount   the staff the venue stated in its agreement (0 without an agreement)
 */
public record MembershipAssessment(MethodStatus status,
                                   boolean agreementInForce,
                                   boolean trainingCovered,
                                   boolean noSeriousIssue,
                                   boolean renewalNotImminent,
                                   int trainedValid,
                                   int staffCount,
                                   int coverageRequiredPercent) {

    /**
     * @param renewalDue       the agreement's renewal date, null without an agreement in force
     * @param renewedBefore    whether the agreement was renewed at least once (a renewed venue that falls short is
     *                         lapsing, a first-year one joining)
     * @param seriousOpenIssues unresolved issues of the rule's serious severities
     */
    public static MembershipAssessment assess(MembershipRule rule, LocalDate today, LocalDate renewalDue,
                                              boolean renewedBefore, int staffCount, int trainedValid,
                                              int seriousOpenIssues) {
        boolean inForce = renewalDue != null && !today.isAfter(renewalDue);
        boolean covered = inForce && rule.coverageMet(trainedValid, staffCount);
        boolean noSerious = seriousOpenIssues == 0;
        boolean notImminent = inForce && today.plusDays(rule.lapsingWithinDays()).isBefore(renewalDue);
        MethodStatus status;
        if (!inForce) {
            status = MethodStatus.NOT_MEMBER;
        } else if (covered && noSerious && notImminent) {
            status = MethodStatus.MEMBER;
        } else if (renewedBefore || !notImminent) {
            status = MethodStatus.LAPSING;
        } else {
            status = MethodStatus.JOINING;
        }
        return new MembershipAssessment(status, inForce, covered, noSerious, notImminent, trainedValid,
                inForce ? staffCount : 0, rule.trainingCoveragePercent());
    }
}
