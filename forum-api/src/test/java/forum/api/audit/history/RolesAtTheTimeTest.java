package forum.api.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import forum.api.audit.history.RolesAtTheTime.AtTheTime;
import forum.api.audit.history.RolesAtTheTime.Held;
import forum.api.security.Role;

/** The roles held at a moment: the last change before it; before any record, the first recorded, said to be so. */
class RolesAtTheTimeTest {

    private static final Instant RECORDED = Instant.parse("2026-12-12T10:00:00Z");
    private static final Instant CHANGED = Instant.parse("2026-12-20T10:00:00Z");
    private static final List<Held> CHANGES = List.of(new Held(Set.of(Role.FORUM_MEMBER), RECORDED),
            new Held(Set.of(Role.LICENSING_OFFICER), CHANGED));

    @Test
    void theRolesOfTheLastChangeBeforeTheMoment() {
        assertThat(RolesAtTheTime.at(CHANGES, RECORDED.plusSeconds(1)))
                .isEqualTo(new AtTheTime(Set.of(Role.FORUM_MEMBER), true, RECORDED));
        assertThat(RolesAtTheTime.at(CHANGES, CHANGED))
                .isEqualTo(new AtTheTime(Set.of(Role.LICENSING_OFFICER), true, CHANGED));
    }

    @Test
    void beforeAnyRecordTheFirstRecordedRolesNotKnownToBeThoseThen() {
        assertThat(RolesAtTheTime.at(CHANGES, RECORDED.minusSeconds(1)))
                .isEqualTo(new AtTheTime(Set.of(Role.FORUM_MEMBER), false, RECORDED));
        assertThat(RolesAtTheTime.at(List.of(), RECORDED)).isNull();
    }

    @Test
    void twoChangesAtOneMomentTheLaterRecordedCounts() {
        List<Held> same = List.of(new Held(Set.of(Role.FORUM_MEMBER), RECORDED),
                new Held(Set.of(Role.COORDINATOR), RECORDED));
        assertThat(RolesAtTheTime.at(same, RECORDED).roles()).containsExactly(Role.COORDINATOR);
    }
}
