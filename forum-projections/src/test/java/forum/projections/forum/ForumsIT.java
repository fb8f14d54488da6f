package forum.projections.forum;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.forum.CoordinatorAppointed;
import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumMemberAdded;
import forum.core.forum.ForumMemberRemoved;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.projections.support.Feed;
import forum.projections.support.ProjectionsIntegrationTest;
import forum.projections.support.Streams;
import forum.projections.contract.DomainEventRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ProjectionsIntegrationTest
class ForumsIT {

    @Autowired
    Feed feed;

    @Autowired
    Forums forums;

    @Autowired
    ObjectMapper json;

    final UUID tenant = UUID.randomUUID();
    final UUID nightlife = UUID.randomUUID();
    final UUID actionPlan = UUID.randomUUID();
    final UUID police = UUID.randomUUID();
    final UUID coordinator = UUID.randomUUID();
    final UUID taxi = UUID.randomUUID();
    final Instant t0 = Instant.parse("2026-09-01T08:00:00Z");

    List<DomainEventRecord> twoForums(Streams streams) {
        return List.of(
                streams.next(tenant, nightlife, t0, new ForumEstablished(tenant, nightlife, "Trygt natteliv",
                        ForumMethod.NIGHTLIFE_SAFETY, 4)),
                streams.next(tenant, nightlife, t0.plusSeconds(60), new ForumMemberAdded(tenant, nightlife, police,
                        "Petra Polis", "petra@polisen.se", "Polisen", MemberRole.POLICE)),
                streams.next(tenant, nightlife, t0.plusSeconds(120), new ForumMemberAdded(tenant, nightlife, coordinator,
                        "Stina Samordnare", null, "Kommunen", MemberRole.COORDINATOR)),
                streams.next(tenant, nightlife, t0.plusSeconds(180), new ForumMemberAdded(tenant, nightlife, taxi,
                        "Tage Taxi", "tage@taxi.se", "Taxi Karlstad", MemberRole.TAXI)),
                streams.next(tenant, nightlife, t0.plusSeconds(240),
                        new CoordinatorAppointed(tenant, nightlife, coordinator)),
                streams.next(tenant, actionPlan, t0, new ForumEstablished(tenant, actionPlan, "Alkoholpolitisk plan",
                        ForumMethod.ACTION_PLAN_GROUP, 2)));
    }

    @Test
    void listsTheTenantsForumsWithMemberCountAndCoordinator() {
        feed.apply(twoForums(new Streams(json)));

        List<ForumSummary> list = forums.list(tenant);

        assertThat(list).extracting(ForumSummary::name).containsExactly("Alkoholpolitisk plan", "Trygt natteliv");
        ForumSummary trygt = list.get(1);
        assertThat(trygt.memberCount()).isEqualTo(3);
        assertThat(trygt.method()).isEqualTo(ForumMethod.NIGHTLIFE_SAFETY);
        assertThat(trygt.meetingsPerYear()).isEqualTo(4);
        assertThat(trygt.coordinatorMemberId()).isEqualTo(coordinator);
        assertThat(trygt.coordinatorName()).isEqualTo("Stina Samordnare");
        assertThat(trygt.establishedAt()).isEqualTo(t0);
        assertThat(list.get(0).memberCount()).isZero();
        assertThat(list.get(0).coordinatorName()).isNull();
    }

    @Test
    void detailShowsCurrentMembersWithRolesAndTheCoordinator() {
        Streams streams = new Streams(json);
        feed.apply(twoForums(streams));
        feed.apply(streams.next(tenant, nightlife, t0.plusSeconds(300),
                new ForumMemberRemoved(tenant, nightlife, taxi)));

        ForumDetail detail = forums.detail(tenant, nightlife).orElseThrow();

        assertThat(detail.name()).isEqualTo("Trygt natteliv");
        assertThat(detail.members()).extracting(ForumMember::personName)
                .containsExactly("Petra Polis", "Stina Samordnare");
        assertThat(detail.members()).extracting(ForumMember::role)
                .containsExactly(MemberRole.POLICE, MemberRole.COORDINATOR);
        assertThat(detail.members().get(0).email()).isEqualTo("petra@polisen.se");
        assertThat(detail.coordinator().memberId()).isEqualTo(coordinator);
    }

    @Test
    void aNewCoordinatorReplacesTheOldAndRemovingTheCoordinatorLeavesNone() {
        Streams streams = new Streams(json);
        feed.apply(twoForums(streams));

        feed.apply(streams.next(tenant, nightlife, t0.plusSeconds(300),
                new CoordinatorAppointed(tenant, nightlife, police)));
        assertThat(forums.detail(tenant, nightlife).orElseThrow().coordinator().memberId()).isEqualTo(police);

        feed.apply(streams.next(tenant, nightlife, t0.plusSeconds(360),
                new ForumMemberRemoved(tenant, nightlife, police)));
        ForumDetail detail = forums.detail(tenant, nightlife).orElseThrow();
        assertThat(detail.coordinator()).isNull();
        assertThat(forums.list(tenant).get(1).coordinatorMemberId()).isNull();
    }

    @Test
    void aMemberAddedAgainAfterRemovalIsCurrentWithTheNewDetails() {
        Streams streams = new Streams(json);
        feed.apply(twoForums(streams));
        feed.apply(streams.next(tenant, nightlife, t0.plusSeconds(300), new ForumMemberRemoved(tenant, nightlife, taxi)),
                streams.next(tenant, nightlife, t0.plusSeconds(360), new ForumMemberAdded(tenant, nightlife, taxi,
                        "Tage Taxi", null, "Taxi Värmland", MemberRole.TAXI)));

        assertThat(forums.detail(tenant, nightlife).orElseThrow().members())
                .filteredOn(member -> member.memberId().equals(taxi))
                .singleElement()
                .satisfies(member -> assertThat(member.organisation()).isEqualTo("Taxi Värmland"));
    }

    @Test
    void aRedeliveredStreamChangesNothing() {
        feed.applyTwice(twoForums(new Streams(json)));
        Streams again = new Streams(json);
        feed.apply(twoForums(again));

        assertThat(forums.list(tenant)).hasSize(2);
        assertThat(forums.detail(tenant, nightlife).orElseThrow().members()).hasSize(3);
    }

    @Test
    void anotherTenantsForumIsNotFound() {
        feed.apply(twoForums(new Streams(json)));

        assertThat(forums.detail(UUID.randomUUID(), nightlife)).isEmpty();
        assertThat(forums.list(UUID.randomUUID())).isEmpty();
    }
}
