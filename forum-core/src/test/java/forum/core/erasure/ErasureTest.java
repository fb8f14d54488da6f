package forum.core.erasure;

import static forum.core.shared.Violations.violation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErasureTest {

    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID ERASURE = UUID.fromString("00000000-0000-0000-0000-0000000000e5");
    private static final String MEMBER = "member:6a1f3c1e-4b7d-4e43-9a55-0d2a4f1b7c10";
    private static final String ISSUE = "issue:0c3e1d2b-5a6f-4b8c-9d0e-1f2a3b4c5d6e";

    private FixtureConfiguration<Erasure> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Erasure.class);
    }

    @Test
    void erasesTheNamedSubjectsOnceEachInOrder() {
        fixture.givenNoPriorActivity()
                .when(new ErasePersonalData(TENANT, ERASURE, List.of(MEMBER, ISSUE, MEMBER), ErasureReason.PERSONS_REQUEST))
                .expectEvents(new PersonalDataErased(TENANT, ERASURE, List.of(ISSUE, MEMBER),
                        ErasureReason.PERSONS_REQUEST));
    }

    @Test
    void cannotEraseNobody() {
        fixture.givenNoPriorActivity()
                .when(new ErasePersonalData(TENANT, ERASURE, List.of(), ErasureReason.NO_LONGER_NEEDED))
                .expectException(violation("erasure.no-subjects", "subjects"))
                .expectNoEvents();
    }

    @Test
    void cannotEraseWithoutAReason() {
        fixture.givenNoPriorActivity()
                .when(new ErasePersonalData(TENANT, ERASURE, List.of(MEMBER), null))
                .expectException(violation("validation.required", "reason"))
                .expectNoEvents();
    }

    @Test
    void cannotEraseASubjectNamedByAnythingButItsKindAndId() {
        for (String subject : List.of("member", "Member:" + MEMBER.substring(7), "member:not-a-uuid",
                "Pia Politi", "member:" + MEMBER.substring(7).toUpperCase())) {
            fixture.givenNoPriorActivity()
                    .when(new ErasePersonalData(TENANT, ERASURE, List.of(subject), ErasureReason.PERSONS_REQUEST))
                    .expectException(violation("erasure.subject-format", "subjects"))
                    .expectNoEvents();
        }
    }

    @Test
    void cannotEraseMoreThanOneBatchOfSubjectsAtOnce() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= Erasure.MAX_SUBJECTS; i++) {
            many.add("issue:" + UUID.randomUUID());
        }
        fixture.givenNoPriorActivity()
                .when(new ErasePersonalData(TENANT, ERASURE, many, ErasureReason.RETENTION_PERIOD_ENDED))
                .expectException(violation("validation.too-many", "subjects"))
                .expectNoEvents();
    }
}
