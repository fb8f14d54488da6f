package forum.api.audit.reads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import com.fasterxml.jackson.databind.JsonNode;

import forum.api.commands.TestMunicipality;
import forum.api.security.Role;
import forum.api.security.UserAccounts;
import forum.api.support.CaseFiles;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.PageClient;

/**
 * An auditor's reads are recorded, through pages and the API, the auditor's routes and a case's JSON timeline marked
 * for it: who, which route with which ids, when. The coordinator reads them, no other municipality does, another
 * role's reads are not the auditor's to record, a read that finds nothing records nothing, and the log is only added
 * to: the application's database role can neither change nor delete a row.
 */
@ForumIntegrationTest
class ReadLogIT {

    private static final String READS = "/api/v1/audit/reads";

    @Autowired
    TestRestTemplate http;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @LocalServerPort
    int port;

    @Test
    void anAuditorsReadsAreRecordedAndTheCoordinatorReadsThem() throws Exception {
        TestMunicipality home = TestMunicipality.signUp(http, accounts);
        TestMunicipality other = TestMunicipality.signUp(http, accounts);
        CaseFiles.CaseFile file = CaseFiles.seed(commands, home.tenantId(), null);
        UUID auditorId = accounts.find(home.usernames().get(Role.AUDITOR)).orElseThrow().userId();
        String timeline = "/api/v1/venues/" + file.venueId() + "/timeline";

        TestRestTemplate auditor = home.as(http, Role.AUDITOR);
        assertThat(auditor.getForEntity(timeline, String.class).getStatusCode().value()).isEqualTo(200);
        assertThat(auditor.getForEntity("/api/v1/audit/history?kind=VenueRegistered", String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(auditor.getForEntity("/api/v1/venues/" + UUID.randomUUID() + "/timeline", String.class)
                .getStatusCode().value()).isEqualTo(404);
        PageClient pages = new PageClient(port);
        String session = pages.signIn(home.usernames().get(Role.AUDITOR), TestMunicipality.PASSWORD);
        assertThat(pages.send(pages.get("/audit/venues/" + file.venueId() + "/timeline", session)).statusCode())
                .isEqualTo(200);
        // The coordinator reads the same timeline: not an auditor's read.
        assertThat(home.as(http, Role.COORDINATOR).getForEntity(timeline, String.class).getStatusCode().value())
                .isEqualTo(200);

        List<JsonNode> reads = reads(home.as(http, Role.COORDINATOR));
        assertThat(reads).allSatisfy(read -> {
            assertThat(read.get("readerId").asText()).isEqualTo(auditorId.toString());
            assertThat(read.get("readerName").asText()).isEqualTo("Test AUDITOR");
            assertThat(read.get("readAt").asText()).isNotBlank();
        });
        assertThat(reads).extracting(read -> read.get("route").asText()).containsExactly(
                "/audit/venues/{venueId}/timeline", "/api/v1/audit/history", "/api/v1/venues/{venueId}/timeline");
        assertThat(reads.get(0).at("/ids/venueId").asText()).isEqualTo(file.venueId().toString());
        assertThat(reads.get(1).at("/ids/kind").asText()).isEqualTo("VenueRegistered");
        assertThat(reads.get(2).get("path").asText()).isEqualTo(timeline);

        String coordinator = pages.signIn(home.usernames().get(Role.COORDINATOR), TestMunicipality.PASSWORD);
        HttpResponse<String> page = pages.send(pages.get("/people/auditor-reads", coordinator));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(page.body())).contains("Hva revisorene har lest", "3 oppslag registrert",
                "Test AUDITOR", "/audit/venues/{venueId}/timeline", file.venueId().toString());

        assertThat(reads(other.as(http, Role.COORDINATOR))).isEmpty();
        for (Role role : List.of(Role.AUDITOR, Role.FORUM_MEMBER, Role.LICENSING_OFFICER)) {
            assertThat(home.as(http, role).getForEntity(READS, String.class).getStatusCode().value()).as("%s", role)
                    .isEqualTo(403);
            String refused = pages.signIn(home.usernames().get(role), TestMunicipality.PASSWORD);
            assertThat(pages.send(pages.get("/people/auditor-reads", refused)).statusCode()).as("%s", role)
                    .isEqualTo(403);
        }

        for (String change : List.of("update audit_read set route = 'nothing'", "delete from audit_read")) {
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                jdbc.sql("select set_config('forum.tenant_id', :tenant, true)")
                        .param("tenant", home.tenantId().toString()).query(String.class).single();
                jdbc.sql(change).update();
            })).as(change).rootCause().hasMessageContaining("permission denied");
        }
        assertThat(reads(home.as(http, Role.COORDINATOR))).hasSize(3);
    }

    private static List<JsonNode> reads(TestRestTemplate coordinator) {
        ResponseEntity<JsonNode> answer = coordinator.getForEntity(READS, JsonNode.class);
        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
        return StreamSupport.stream(answer.getBody().get("items").spliterator(), false).toList();
    }
}
