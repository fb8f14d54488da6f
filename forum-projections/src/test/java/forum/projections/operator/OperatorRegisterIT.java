package forum.projections.operator;

import com.fasterxml.jackson.databind.ObjectMapper;
import forum.core.forum.ForumEstablished;
import forum.core.forum.ForumMemberAdded;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.core.municipality.Country;
import forum.core.municipality.MunicipalitySignedUp;
import forum.core.network.MunicipalityJoinedNetwork;
import forum.core.network.MunicipalityLeftNetwork;
import forum.core.network.NetworkCreated;
import forum.core.venue.LicenceKind;
import forum.core.venue.VenueRegistered;
import forum.projections.contract.DomainEventRecord;
import forum.projections.runtime.OperatorScope;
import forum.projections.support.Feed;
import forum.projections.support.ProjectionsIntegrationTest;
import forum.projections.support.Streams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ProjectionsIntegrationTest
class OperatorRegisterIT {

    @Autowired
    Feed feed;

    @Autowired
    OperatorRegister register;

    @Autowired
    OperatorScope operatorScope;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    final String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10000));
    final UUID bodo = UUID.randomUUID();
    final UUID traena = UUID.randomUUID();
    final UUID network = UUID.randomUUID();
    final List<DomainEventRecord> records = new ArrayList<>();
    Streams streams;

    @BeforeEach
    void twoMunicipalitiesAndANetwork() {
        streams = new Streams(json);
        signUp(bodo, "Bodø", "2026-02-01T08:00:00Z");
        signUp(traena, "Træna", "2026-03-01T08:00:00Z");
        UUID forum = UUID.randomUUID();
        records.add(streams.next(bodo, forum, Instant.parse("2026-04-01T08:00:00Z"),
                new ForumEstablished(bodo, forum, "Trygg uteliv", ForumMethod.values()[0], 4)));
        records.add(streams.next(bodo, forum, Instant.parse("2026-04-02T08:00:00Z"), new ForumMemberAdded(bodo, forum,
                UUID.randomUUID(), "Kari Nordmann", "kari@example.no", "Politiet", MemberRole.POLICE)));
        UUID venue = UUID.randomUUID();
        records.add(streams.next(bodo, venue, Instant.parse("2026-05-01T08:00:00Z"),
                new VenueRegistered(bodo, venue, "Kroa", "Gata 1", "L-1", "Eier",
                        LicenceKind.PERMANENT_PUBLIC, "01-02")));
        records.add(streams.next(null, network, Instant.parse("2026-06-01T08:00:00Z"),
                new NetworkCreated(network, "Trygge kommuner " + suffix, Country.NO)));
        records.add(streams.next(bodo, network, Instant.parse("2026-06-02T08:00:00Z"),
                new MunicipalityJoinedNetwork(network, bodo)));
        records.add(streams.next(traena, network, Instant.parse("2026-06-03T08:00:00Z"),
                new MunicipalityJoinedNetwork(network, traena)));
        records.add(streams.next(traena, network, Instant.parse("2026-07-03T08:00:00Z"),
                new MunicipalityLeftNetwork(network, traena)));
        feed.apply(records);
    }

    @Test
    void listsEveryMunicipalityWithTheTimeOfItsLatestEventAndNoContact() {
        RegisteredMunicipality bodoRow = municipality(bodo);
        RegisteredMunicipality traenaRow = municipality(traena);

        assertThat(bodoRow).isEqualTo(new RegisteredMunicipality(bodo, "Bodø " + suffix, "NO", "1804",
                Instant.parse("2026-02-01T08:00:00Z"), Instant.parse("2026-06-02T08:00:00Z")));
        assertThat(traenaRow.lastActivity()).isEqualTo(Instant.parse("2026-07-03T08:00:00Z"));
        assertThat(bodoRow.activeSince(Instant.parse("2026-06-01T00:00:00Z"))).isTrue();
        assertThat(bodoRow.activeSince(Instant.parse("2026-07-01T00:00:00Z"))).isFalse();
    }

    @Test
    void showsTheNetworksCurrentAndPastMembersByName() {
        OperatedNetwork read = register.network(network).orElseThrow();

        assertThat(read.name()).isEqualTo("Trygge kommuner " + suffix);
        assertThat(read.currentMembers()).extracting(NetworkMember::name).containsExactly("Bodø " + suffix);
        assertThat(read.pastMembers()).singleElement().satisfies(past -> {
            assertThat(past.name()).isEqualTo("Træna " + suffix);
            assertThat(past.leftAt()).isEqualTo(Instant.parse("2026-07-03T08:00:00Z"));
        });
        assertThat(register.networks()).extracting(OperatedNetwork::networkId).contains(network);
        assertThat(register.network(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theOperatorReadsNoOtherRowOfATenantAndWritesNone() {
        for (String table : List.of("municipality_profile", "forum", "forum_member", "venue",
                "statistics_municipality")) {
            assertThat(asOperator(sql -> sql.sql("select count(*) from " + table).query(Long.class).single()))
                    .as("rows of %s the operator reads", table).isZero();
        }
        assertThat(asOperator(sql -> sql.sql("select count(*) from operator_municipality where tenant_id = :t")
                .param("t", bodo).query(Long.class).single())).isEqualTo(1);

        assertThat(asOperator(sql -> sql.sql("update operator_municipality set name = 'x'").update())).isZero();
        assertThat(asOperator(sql -> sql.sql("update event_ledger set events = 0").update())).isZero();
        assertThat(asOperator(sql -> sql.sql("delete from network_membership").update())).isZero();
        assertThatThrownBy(() -> asOperator(sql -> sql.sql("""
                        insert into operator_municipality (tenant_id, name, country, official_code, signed_up_at)
                        values (:t, 'Fake', 'NO', '9999', now())
                        """).param("t", UUID.randomUUID()).update()))
                .rootCause().hasMessageContaining("row-level security");
        assertThat(municipality(bodo).name()).isEqualTo("Bodø " + suffix);
        assertThat(register.network(network).orElseThrow().memberships()).hasSize(2);
    }

    private RegisteredMunicipality municipality(UUID tenant) {
        return register.municipalities().stream().filter(m -> m.tenantId().equals(tenant)).findFirst().orElseThrow();
    }

    /** A count or a number of rows changed, in a transaction of the operator's. */
    private long asOperator(ToLongFunction<JdbcClient> work) {
        return transactions.execute(status -> {
            operatorScope.enter();
            return work.applyAsLong(jdbc);
        });
    }

    private void signUp(UUID tenant, String name, String at) {
        String key = "NO-" + tenant.toString().substring(0, 8);
        records.add(streams.next(tenant, key, Instant.parse(at), new MunicipalitySignedUp(tenant, key,
                name + " " + suffix, Country.NO, "1804", "Ola Koordinator", "ola@example.no")));
    }
}
