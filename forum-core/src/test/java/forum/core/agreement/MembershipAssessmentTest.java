package forum.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import forum.core.forum.ForumMethod;

class MembershipAssessmentTest {

    private static final MembershipRule KMK = MembershipRule.of(ForumMethod.KROGAR_MOT_KNARK);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate DUE_IN_SPRING = LocalDate.of(2027, 4, 1);

    @Test
    void agreementInForceTrainedStaffAndNoSeriousIssueIsAMember() {
        MembershipAssessment assessment = MembershipAssessment.assess(KMK, TODAY, DUE_IN_SPRING, false, 10, 8, 0);
        assertThat(assessment.status()).isEqualTo(MethodStatus.MEMBER);
        assertThat(assessment.agreementInForce() && assessment.trainingCovered() && assessment.noSeriousIssue())
                .isTrue();
    }

    @Test
    void aNewAgreementWithTooFewTrainedIsJoining() {
        MembershipAssessment assessment = MembershipAssessment.assess(KMK, TODAY, DUE_IN_SPRING, false, 10, 7, 0);
        assertThat(assessment.status()).isEqualTo(MethodStatus.JOINING);
        assertThat(assessment.trainingCovered()).isFalse();
    }

    @Test
    void aRenewedAgreementWithASeriousIssueOpenIsLapsing() {
        MembershipAssessment assessment = MembershipAssessment.assess(KMK, TODAY, DUE_IN_SPRING, true, 10, 10, 1);
        assertThat(assessment.status()).isEqualTo(MethodStatus.LAPSING);
        assertThat(assessment.noSeriousIssue()).isFalse();
    }

    @Test
    void aRenewalDueWithinTheMethodsDaysIsLapsing() {
        MembershipAssessment assessment = MembershipAssessment.assess(KMK, TODAY, TODAY.plusDays(30), false, 10, 10, 0);
        assertThat(assessment.status()).isEqualTo(MethodStatus.LAPSING);
        assertThat(assessment.renewalNotImminent()).isFalse();
    }

    @Test
    void anAgreementPastItsRenewalDateHasLapsed() {
        MembershipAssessment assessment = MembershipAssessment.assess(KMK, TODAY, TODAY.minusDays(1), true, 10, 10, 0);
        assertThat(assessment.status()).isEqualTo(MethodStatus.NOT_MEMBER);
        assertThat(assessment.agreementInForce()).isFalse();
    }

    @Test
    void noAgreementIsNotAMember() {
        MembershipAssessment assessment = MembershipAssessment.assess(KMK, TODAY, null, false, 0, 12, 0);
        assertThat(assessment.status()).isEqualTo(MethodStatus.NOT_MEMBER);
        assertThat(assessment.status().listedInPublic()).isFalse();
    }
}
