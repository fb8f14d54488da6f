package forum.api.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import forum.api.eventstore.EventRelay;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.CaseFiles;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.ReadModelChecks;
import forum.api.support.SignUps;
import forum.core.municipality.Country;
import forum.core.network.CreateNetwork;
import forum.core.venue.IssueCategory;
import forum.core.venue.IssueSource;
import forum.core.venue.LicenceKind;
import forum.core.venue.RegisterVenue;
import forum.core.venue.RegisterVenueIssue;
import forum.core.venue.Severity;
import forum.projections.runtime.Projection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild from the event store gives the same read models as the live stream did. */
@ForumIntegrationTest
class RebuildIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcClient jdbc;


    @Autowired

    EventRelay relay;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    UserAccounts accounts;

    @Autowired
    List<Projection> projections;

    @Test
    void rebuildingAllTenantsOrOneGivesTheTablesTheLiveStreamBuilt() {
        ReadModelChecks checks = new ReadModelChecks(jdbc, relay, transaction);
        UUID network = UUID.randomUUID();
        commands.sendAndWait(new CreateNetwork(network, "Krogar mot knark", Country.SE));
        UUID a = SignUps.signUp(http).tenantId();
        UUID b = SignUps.signUp(http).tenantId();
        CaseFiles.seed(commands, a, network);
        CaseFiles.seed(commands, b, network);
        checks.awaitEqual(Duration.ofSeconds(60), a, b);
        // The cross-tenant network table also holds other tests' networks, which may still be arriving:
        // it is checked for this test's network only.
        List<String> tables = projections.stream().flatMap(p -> p.tables().stream())
                .filter(table -> !table.equals("network")).distinct().sorted().toList();
        Map<String, List<String>> liveA = checks.snapshot(a, tables);
        Map<String, List<String>> liveB = checks.snapshot(b, tables);
        assertThat(liveA.get("venue_issue")).hasSize(2);
        assertThat(liveA.get("network_membership")).hasSize(1);

        String operator = "operator-" + UUID.randomUUID() + "@forum.example";
        accounts.create(null, operator, SignUps.PASSWORD, "Operator", EnumSet.of(Role.OPERATOR));
        ResponseEntity<JsonNode> all = http.withBasicAuth(operator, SignUps.PASSWORD)
                .postForEntity("/api/v1/admin/read-models/rebuild", null, JsonNode.class);

        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(all.getBody().get("events").asLong()).isGreaterThanOrEqualTo(2 * 13);
        assertThat(checks.snapshot(a, tables)).isEqualTo(liveA);
        assertThat(checks.snapshot(b, tables)).isEqualTo(liveB);
        assertThat(jdbc.sql("select name from network where network_id = :n").param("n", network)
                .query(String.class).list()).containsExactly("Krogar mot knark");
        checks.awaitEqual(Duration.ofSeconds(30), a, b);

        transaction.executeWithoutResult(status -> {
            jdbc.sql("select set_config('forum.tenant_id', :t, true)").param("t", a.toString()).query(String.class).single();
            jdbc.sql("delete from venue_issue where tenant_id = :t").param("t", a).update();
        });
        assertThat(checks.snapshot(a, tables).get("venue_issue")).isEmpty();

        ResponseEntity<JsonNode> one = http.withBasicAuth(operator, SignUps.PASSWORD)
                .postForEntity("/api/v1/admin/read-models/rebuild?tenant=" + a, null, JsonNode.class);

        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(one.getBody().get("tenants").asInt()).isEqualTo(1);
        assertThat(checks.snapshot(a, tables)).isEqualTo(liveA);
        assertThat(checks.snapshot(b, tables)).isEqualTo(liveB);
    }

    @Test
    void aMunicipalityWhoseRowsFillTheRebuildsQueueSeveralTimesGetsTheTablesTheLiveStreamBuilt() {
        // 1,400 issues are 4,200 rows: the rebuild's queue of writes (ReadModelWrites.MAX_QUEUED) fills twice, and
        // is sent by another thread while the next events are applied (ReadModelWrites.sendAhead).
        ReadModelChecks checks = new ReadModelChecks(jdbc, relay, transaction);
        UUID tenant = SignUps.signUp(http).tenantId();
        UUID venue = UUID.randomUUID();
        commands.sendAndWait(new RegisterVenue(tenant, venue, "Bar Syd", "Storgatan 2", "LIC-SYD", "Syd AB",
                LicenceKind.PERMANENT_PUBLIC, "11-03"));
        Instant first = Instant.parse("2026-01-09T22:00:00Z");
        for (int i = 0; i < 1_400; i++) {
            commands.sendAndWait(new RegisterVenueIssue(tenant, venue, UUID.randomUUID(), IssueCategory.OVERSERVING,
                    first.plusSeconds(60L * i), IssueSource.INSPECTION, "Överservering " + i, Severity.MEDIUM));
        }
        checks.awaitEqual(Duration.ofSeconds(60), tenant);
        List<String> tables = projections.stream().flatMap(p -> p.tables().stream())
                .filter(table -> !table.equals("network")).distinct().sorted().toList();
        Map<String, List<String>> live = checks.snapshot(tenant, tables);
        assertThat(live.get("venue_issue")).hasSize(1_400);

        String operator = "operator-" + UUID.randomUUID() + "@forum.example";
        accounts.create(null, operator, SignUps.PASSWORD, "Operator", EnumSet.of(Role.OPERATOR));
        ResponseEntity<JsonNode> rebuilt = http.withBasicAuth(operator, SignUps.PASSWORD)
                .postForEntity("/api/v1/admin/read-models/rebuild?tenant=" + tenant, null, JsonNode.class);

        assertThat(rebuilt.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(checks.snapshot(tenant, tables)).isEqualTo(live);
        checks.awaitEqual(Duration.ofSeconds(30), tenant);
    }

    @Test
    void onlyTheOperatorMayRebuild() {
        SignUps.Tenant tenant = SignUps.signUp(http);

        assertThat(tenant.as(http).postForEntity("/api/v1/admin/read-models/rebuild", null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
