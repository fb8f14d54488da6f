package forum.projections.runtime;

import forum.projections.contract.DomainEventRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumMemberAdded;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.projections.forum.ForumDetail;
import forum.projections.forum.Forums;
import forum.projections.support.Feed;
import forum.projections.support.ProjectionsIntegrationTest;
import forum.projections.support.Streams;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An event whose aggregate's previous event was never applied is held, not applied over the gap: otherwise the
 * positions would take the missing event for applied and skip it when it came. Fed straight to the consumer: on
 * the topic a held record would hold its partition for the other tests of this JVM.
 */
@ProjectionsIntegrationTest
class SequenceGapsIT {

    @Autowired
    Feed feed;

    @Autowired
    ObjectMapper json;

    @Autowired
    Forums forums;

    @Autowired
    SequenceGaps gaps;

    @Autowired
    MeterRegistry meters;

    final Instant t0 = Instant.parse("2026-10-01T08:00:00Z");
    final UUID tenant = UUID.randomUUID();
    final UUID forum = UUID.randomUUID();

    @Test
    void anEventAfterAMissingOneIsHeldAndAppliedOnceTheMissingOneCame() {
        Streams streams = new Streams(json);
        DomainEventRecord established = streams.next(tenant, forum, t0,
                new ForumEstablished(tenant, forum, "Ansvarlig udskænkning", ForumMethod.OTHER, 4));
        DomainEventRecord police = streams.next(tenant, forum, t0, member("Politiet", MemberRole.POLICE));
        DomainEventRecord ssp = streams.next(tenant, forum, t0, member("SSP", MemberRole.SSP));
        double gapsBefore = meters.counter("forum.consumer.sequence.gaps").count();
        feed.apply(established);

        assertThatThrownBy(() -> feed.apply(ssp)).isInstanceOf(SequenceGapException.class)
                .hasMessageContaining("sequence 1 is missing");

        assertThat(organisations()).isEmpty();
        assertThat(gaps.open()).containsKey(forum.toString());
        assertThat(meters.counter("forum.consumer.sequence.gaps").count()).isEqualTo(gapsBefore + 1);
        assertThatThrownBy(() -> feed.apply(ssp)).isInstanceOf(SequenceGapException.class);
        assertThat(meters.counter("forum.consumer.sequence.gaps").count())
                .as("a gap is counted once, however often its event is retried").isEqualTo(gapsBefore + 1);

        feed.apply(police, ssp);

        assertThat(organisations()).containsExactlyInAnyOrder("Politiet", "SSP");
        assertThat(gaps.open()).doesNotContainKey(forum.toString());
    }

    @Test
    void theFirstEventOfAnAggregateMustBeItsFirst() {
        Streams streams = new Streams(json);
        streams.next(tenant, forum, t0, new ForumEstablished(tenant, forum, "Trygt natteliv", ForumMethod.OTHER, 4));
        DomainEventRecord second = streams.next(tenant, forum, t0, member("Politiet", MemberRole.POLICE));

        assertThatThrownBy(() -> feed.apply(second)).isInstanceOf(SequenceGapException.class);
        assertThat(forums.detail(tenant, forum)).isEmpty();
    }

    private ForumMemberAdded member(String organisation, MemberRole role) {
        return new ForumMemberAdded(tenant, forum, UUID.randomUUID(), "Person of " + organisation,
                organisation.toLowerCase() + "@example.dk", organisation, role);
    }

    private java.util.List<String> organisations() {
        return forums.detail(tenant, forum).map(ForumDetail::members).orElseThrow().stream()
                .map(member -> member.organisation()).toList();
    }
}
