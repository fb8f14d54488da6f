package forum.api.municipality;

import com.fasterxml.jackson.databind.JsonNode;
import forum.api.eventstore.EventRelay;
import forum.api.security.UserAccounts;
import forum.api.support.ForumIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first slice through the whole path: sign-up -> command -> event store -> publisher -> Kafka ->
 * read-model consumer -> PostgreSQL -> HTTP GET, against real PostgreSQL and Kafka.
 */
@ForumIntegrationTest
class SignUpThroughPipelineIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventRelay relay;

    @Autowired
    UserAccounts accounts;

    @Test
    void signedUpMunicipalityIsStoredPublishedProjectedAndServed() {
        String code = String.format("%04d", ThreadLocalRandom.current().nextInt(1000, 10000));
        String email = "coordinator-" + code + "@example.se";
        ResponseEntity<JsonNode> created = http.postForEntity("/api/v1/municipalities", Map.of(
                "name", "Testby " + code, "country", "SE", "officialCode", code,
                "coordinatorName", "Stina Samordnare", "coordinatorEmail", email,
                "coordinatorPassword", "a long enough password"), JsonNode.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasPath("/api/v1/municipality");
        String tenantId = created.getBody().get("tenantId").asText();

        String storedTenant = relay.jdbc().sql("""
                        select convert_from(meta_data, 'UTF8')::jsonb ->> 'tenantId' from domain_event_entry
                        where aggregate_identifier = :key and sequence_number = 0
                        """)
                .param("key", "SE-" + code).query(String.class).single();
        assertThat(storedTenant).isEqualTo(tenantId);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ResponseEntity<JsonNode> profile = http.withBasicAuth(email, "a long enough password")
                    .getForEntity("/api/v1/municipality", JsonNode.class);
            assertThat(profile.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(profile.getBody().get("name").asText()).isEqualTo("Testby " + code);
            assertThat(profile.getBody().get("tenantId").asText()).isEqualTo(tenantId);
            assertThat(profile.getBody().get("municipalityKey").asText()).isEqualTo("SE-" + code);
        });
    }

    @Test
    void secondSignUpWithTheSameOfficialCodeIsRefusedAndCreatesNothing() {
        String code = String.format("%03d", ThreadLocalRandom.current().nextInt(100, 1000));
        Map<String, String> first = Map.of("name", "Kommune " + code, "country", "DK", "officialCode", code,
                "coordinatorName", "Tove Holder", "coordinatorEmail", "first-" + code + "@example.dk",
                "coordinatorPassword", "a long enough password");
        assertThat(http.postForEntity("/api/v1/municipalities", first, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        Map<String, String> second = Map.of("name", "Kommune " + code, "country", "DK", "officialCode", code,
                "coordinatorName", "Anden Holder", "coordinatorEmail", "second-" + code + "@example.dk",
                "coordinatorPassword", "a long enough password");
        ResponseEntity<JsonNode> refused = http.postForEntity("/api/v1/municipalities", second, JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("municipality.already-signed-up");
        assertThat(accounts.exists("second-" + code + "@example.dk")).isFalse();
        assertThat(relay.jdbc().sql("select count(*) from domain_event_entry where aggregate_identifier = :k")
                .param("k", "DK-" + code).query(Long.class).single()).isEqualTo(1);
    }
}
