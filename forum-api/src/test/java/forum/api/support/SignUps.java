package forum.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Signs up municipalities with codes no other test uses, and signs in as their coordinators. */
public final class SignUps {

    public static final String PASSWORD = "a long enough password";
    /** Herning's kommunekode: signed up through the sign-up page by its journey, never here. */
    public static final String HERNING = "657";
    /** Ikast-Brande's kommunekode: signed up through the sign-up page by the Danish coordinator's year, never here. */
    public static final String IKAST_BRANDE = "756";
    private static final AtomicInteger NEXT_CODE = new AtomicInteger(
            1000 + (int) (ProcessHandle.current().pid() % 4000));

    private SignUps() {
    }

    public record Tenant(UUID tenantId, String coordinator) {

        public TestRestTemplate as(TestRestTemplate http) {
            return http.withBasicAuth(coordinator, PASSWORD);
        }
    }

    /**
     * Signs up a municipality of the given country (DK, SE or NO) with the coordinator named; the official code is
     * the next one no municipality of that country has taken yet in the shared database.
     */
    public static Tenant signUp(TestRestTemplate http, String country, String name, String coordinatorName) {
        boolean threeDigits = country.equals("DK");
        for (int attempt = 0; attempt < 50; attempt++) {
            int next = NEXT_CODE.getAndIncrement();
            String code = threeDigits ? String.valueOf(next % 900 + 100) : String.format("%04d", next % 9000 + 1000);
            if (code.equals(HERNING) || code.equals(IKAST_BRANDE)) {
                continue;
            }
            String email = "coordinator-" + UUID.randomUUID() + "@example." + country.toLowerCase();
            ResponseEntity<JsonNode> created = http.postForEntity("/api/v1/municipalities", Map.of(
                    "name", name, "country", country, "officialCode", code, "coordinatorName", coordinatorName,
                    "coordinatorEmail", email, "coordinatorPassword", PASSWORD), JsonNode.class);
            if (created.getStatusCode() == HttpStatus.CREATED) {
                return new Tenant(UUID.fromString(created.getBody().get("tenantId").asText()), email);
            }
            // Taken by a municipality another test signed up: try the next code.
            assertThat(created.getStatusCode()).as("sign-up of %s-%s: %s", country, code, created.getBody())
                    .isEqualTo(HttpStatus.CONFLICT);
        }
        throw new AssertionError("No free official code found in " + country);
    }

    public static Tenant signUp(TestRestTemplate http) {
        String code = String.valueOf(NEXT_CODE.getAndIncrement() % 9000 + 1000);
        String email = "coordinator-" + UUID.randomUUID() + "@example.se";
        ResponseEntity<JsonNode> created = http.postForEntity("/api/v1/municipalities", Map.of(
                "name", "Kommun " + code, "country", "SE", "officialCode", code,
                "coordinatorName", "Sam Samordnare", "coordinatorEmail", email,
                "coordinatorPassword", PASSWORD), JsonNode.class);
        assertThat(created.getStatusCode()).as("sign-up of SE-%s: %s", code, created.getBody()).isEqualTo(HttpStatus.CREATED);
        return new Tenant(UUID.fromString(created.getBody().get("tenantId").asText()), email);
    }
}
