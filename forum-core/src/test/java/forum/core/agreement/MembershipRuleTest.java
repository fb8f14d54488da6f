package forum.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import forum.core.forum.ForumMethod;
import forum.core.venue.Severity;

class MembershipRuleTest {

    @Test
    void krogarMotKnarkAsksThatFourInFiveOfTheStaffBeTrained() {
        MembershipRule rule = MembershipRule.of(ForumMethod.KROGAR_MOT_KNARK);
        assertThat(rule.coverageMet(8, 10)).isTrue();
        assertThat(rule.coverageMet(7, 10)).isFalse();
    }

    @Test
    void noStatedStaffIsNoCoverage() {
        assertThat(MembershipRule.of(ForumMethod.OTHER).coverageMet(3, 0)).isFalse();
    }

    @Test
    void everyMethodHasItsRuleAndHighAndCriticalIssuesAreSerious() {
        for (ForumMethod method : ForumMethod.values()) {
            assertThat(MembershipRule.of(method).seriousSeverities()).containsExactlyInAnyOrder(Severity.HIGH,
                    Severity.CRITICAL);
        }
    }
}
