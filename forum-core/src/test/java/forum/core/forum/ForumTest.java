package forum.core.forum;

import static forum.core.shared.Violations.notFound;
import static forum.core.shared.Violations.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.UUID;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import forum.core.shared.Tenancy;

class ForumTest {

    static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID OTHER_TENANT = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID FORUM = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    static final UUID ANNA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID PER = UUID.fromString("00000000-0000-0000-0000-0000000000a2");

    static final ForumEstablished ESTABLISHED =
            new ForumEstablished(TENANT, FORUM, "Krogar mot knark Karlstad", ForumMethod.KROGAR_MOT_KNARK, 4);
    static final ForumMemberAdded ANNA_ADDED = new ForumMemberAdded(TENANT, FORUM, ANNA, "Anna Berg",
            "anna.berg@karlstad.se", "Karlstads kommun", MemberRole.COORDINATOR);

    private FixtureConfiguration<Forum> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Forum.class);
    }

    @Test
    void canEstablishForum() {
        fixture.givenNoPriorActivity()
                .when(new EstablishForum(TENANT, FORUM, "Krogar mot knark Karlstad", ForumMethod.KROGAR_MOT_KNARK, 4))
                .expectEvents(ESTABLISHED);
    }

    @Test
    void cannotEstablishForumWithoutName() {
        fixture.givenNoPriorActivity()
                .when(new EstablishForum(TENANT, FORUM, null, ForumMethod.OTHER, 4))
                .expectException(violation("validation.required", "name"))
                .expectNoEvents();
    }

    @Test
    void cannotEstablishForumWithoutMethod() {
        fixture.givenNoPriorActivity()
                .when(new EstablishForum(TENANT, FORUM, "Forum", null, 4))
                .expectException(violation("validation.required", "method"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 53})
    void cannotEstablishForumWithCadenceOutsideOneToFiftyTwoMeetingsAYear(int meetingsPerYear) {
        fixture.givenNoPriorActivity()
                .when(new EstablishForum(TENANT, FORUM, "Forum", ForumMethod.OTHER, meetingsPerYear))
                .expectException(violation("validation.out-of-range", "meetingsPerYear"))
                .expectNoEvents();
    }

    @Test
    void canAddForumMember() {
        fixture.given(ESTABLISHED)
                .when(new AddForumMember(TENANT, FORUM, ANNA, "Anna Berg", "anna.berg@karlstad.se",
                        "Karlstads kommun", MemberRole.COORDINATOR))
                .expectEvents(ANNA_ADDED);
    }

    @Test
    void canAddForumMemberWithoutEmail() {
        fixture.given(ESTABLISHED)
                .when(new AddForumMember(TENANT, FORUM, PER, "Per Lund", null, "Polisen", MemberRole.POLICE))
                .expectEvents(new ForumMemberAdded(TENANT, FORUM, PER, "Per Lund", null, "Polisen", MemberRole.POLICE));
    }

    @Test
    void cannotAddTheSameMemberTwice() {
        fixture.given(ESTABLISHED, ANNA_ADDED)
                .when(new AddForumMember(TENANT, FORUM, ANNA, "Anna Berg", null, "Karlstads kommun", MemberRole.OTHER))
                .expectException(violation("forum.member-already-added", "memberId"))
                .expectNoEvents();
    }

    @Test
    void cannotAddMemberWithMalformedEmail() {
        fixture.given(ESTABLISHED)
                .when(new AddForumMember(TENANT, FORUM, PER, "Per Lund", "per(at)polisen", "Polisen", MemberRole.POLICE))
                .expectException(violation("validation.email-format", "email"))
                .expectNoEvents();
    }

    @Test
    void cannotAddMemberWithoutRole() {
        fixture.given(ESTABLISHED)
                .when(new AddForumMember(TENANT, FORUM, PER, "Per Lund", null, "Polisen", null))
                .expectException(violation("validation.required", "role"))
                .expectNoEvents();
    }

    @Test
    void cannotAddMemberWithoutOrganisation() {
        fixture.given(ESTABLISHED)
                .when(new AddForumMember(TENANT, FORUM, PER, "Per Lund", null, " ", MemberRole.POLICE))
                .expectException(violation("validation.required", "organisation"))
                .expectNoEvents();
    }

    @Test
    void canRemoveForumMember() {
        fixture.given(ESTABLISHED, ANNA_ADDED)
                .when(new RemoveForumMember(TENANT, FORUM, ANNA))
                .expectEvents(new ForumMemberRemoved(TENANT, FORUM, ANNA));
    }

    @Test
    void cannotRemoveSomeoneWhoIsNotAMember() {
        fixture.given(ESTABLISHED, ANNA_ADDED, new ForumMemberRemoved(TENANT, FORUM, ANNA))
                .when(new RemoveForumMember(TENANT, FORUM, ANNA))
                .expectException(notFound("forum.unknown-member", "memberId"))
                .expectNoEvents();
    }

    @Test
    void canAppointCoordinatorAmongMembers() {
        fixture.given(ESTABLISHED, ANNA_ADDED)
                .when(new AppointCoordinator(TENANT, FORUM, ANNA))
                .expectEvents(new CoordinatorAppointed(TENANT, FORUM, ANNA));
    }

    @Test
    void cannotAppointCoordinatorWhoIsNotAMember() {
        fixture.given(ESTABLISHED, ANNA_ADDED)
                .when(new AppointCoordinator(TENANT, FORUM, PER))
                .expectException(violation("forum.coordinator-not-a-member", "memberId"))
                .expectNoEvents();
    }

    @Test
    void cannotAppointTheSameCoordinatorTwice() {
        fixture.given(ESTABLISHED, ANNA_ADDED, new CoordinatorAppointed(TENANT, FORUM, ANNA))
                .when(new AppointCoordinator(TENANT, FORUM, ANNA))
                .expectException(violation("forum.already-coordinator", "memberId"))
                .expectNoEvents();
    }

    @Test
    void canReappointCoordinatorWhoWasRemovedAndAddedAgain() {
        fixture.given(ESTABLISHED, ANNA_ADDED, new CoordinatorAppointed(TENANT, FORUM, ANNA),
                        new ForumMemberRemoved(TENANT, FORUM, ANNA), ANNA_ADDED)
                .when(new AppointCoordinator(TENANT, FORUM, ANNA))
                .expectEvents(new CoordinatorAppointed(TENANT, FORUM, ANNA));
    }

    @Test
    void commandOfAnotherTenantLooksLikeMissingAggregate() {
        fixture.given(ESTABLISHED, ANNA_ADDED)
                .when(new RemoveForumMember(OTHER_TENANT, FORUM, ANNA))
                .expectException(AggregateNotFoundException.class)
                .expectExceptionMessage(Tenancy.NOT_FOUND_MESSAGE)
                .expectNoEvents();
    }

    @Test
    void anotherTenantsForumAnswersLikeAxonsRepositoryForAMissingOne() {
        EmbeddedEventStore eventStore =
                EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        EventSourcingRepository<Forum> repository =
                EventSourcingRepository.builder(Forum.class).eventStore(eventStore).build();

        Throwable missing = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> repository.load(FORUM.toString())).exceptionResult();
        Throwable otherTenant = catchThrowable(() -> Tenancy.requireSameTenant(TENANT,
                new RemoveForumMember(OTHER_TENANT, FORUM, ANNA), FORUM));
        eventStore.shutDown();

        assertThat(otherTenant).isExactlyInstanceOf(missing.getClass()).hasMessage(missing.getMessage());
        assertThat(((AggregateNotFoundException) otherTenant).getAggregateIdentifier())
                .isEqualTo(((AggregateNotFoundException) missing).getAggregateIdentifier());
    }
}
